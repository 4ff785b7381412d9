import { Alert, Anchor, Badge, Button, Group, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { UpdateQuizSchema, type Question, type Quiz } from "#shared/contracts/quizzes.ts";
import { errorMessage } from "#web/api-client.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { submitForm } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { NotFound, PageEmpty, PageError, PageLoader, isMissingRecord } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { useFormState } from "#web/components/use-form-state.ts";
import { useServiceOptions } from "#web/features/cheatsheets/api/get-service-options.ts";
import { builderQuizQueryOptions, questionsQueryOptions, statisticsQueryOptions, useDeleteQuestion, usePublishQuiz, useUpdateQuiz } from "./api.ts";
import { QuestionBank } from "./components/question-bank.tsx";
import { QuestionFormModal } from "./components/question-form-modal.tsx";
import { QuizSettingsFields, settingsInput, type QuizSettingsValues } from "./components/quiz-settings-fields.tsx";
import { QuizStatisticsTable } from "./components/quiz-statistics.tsx";

const settingsOf = (quiz: Quiz): QuizSettingsValues => ({
  title: quiz.title,
  description: quiz.description,
  serviceId: quiz.service?.id ?? null,
  passMark: quiz.passMark,
  questionsPerAttempt: quiz.questionsPerAttempt,
  maxAttempts: quiz.maxAttempts ?? "",
  cooldownMinutes: quiz.cooldownMinutes,
  timeLimitMinutes: quiz.timeLimitMinutes ?? "",
});

function SettingsForm({ quiz }: { quiz: Quiz }) {
  const form = useFormState(settingsOf(quiz));
  const update = useUpdateQuiz(quiz.id);
  const services = useServiceOptions();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(UpdateQuizSchema, { ...settingsInput(form.values), version: quiz.version }, form.setErrors, (input, showServerErrors) =>
      update.mutate(input, { onSuccess: () => notifications.show({ color: "teal", message: "The quiz's settings were saved." }), onError: showServerErrors }),
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <Stack>
        <Title order={2} size="h3" id="settings-heading">
          Settings
        </Title>
        <QuizSettingsFields values={form.values} set={form.set} errors={form.errors} serviceOptions={services.data ?? []} />
        {update.isError && Object.keys(form.errors).length === 0 && <Alert color="red">{errorMessage(update.error)}</Alert>}
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Builder({ id }: { id: string }) {
  const quiz = useQuery(builderQuizQueryOptions(id));
  const questions = useQuery(questionsQueryOptions(id));
  const statistics = useQuery(statisticsQueryOptions(id));
  const publish = usePublishQuiz(id);
  const remove = useDeleteQuestion(id);
  // undefined: closed; null: a new question.
  const [editing, setEditing] = useState<Question | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Question | null>(null);

  if (quiz.isPending) return <PageLoader label="Loading the quiz…" />;
  if (quiz.isError) return isMissingRecord(quiz.error) ? <NotFound title="Quiz not found" /> : <PageError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  const current = quiz.data;
  const published = current.status === "published";
  const toggle = published ? current.permissions.unpublish : current.permissions.publish;

  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/quizzes" size="sm">
        ← Quizzes
      </Anchor>
      <PageHeader
        title={current.title}
        description={
          <Badge variant="light" color={published ? "green" : "gray"}>
            {published ? "Published: members can take it" : "Draft: only quiz builders see it"}
          </Badge>
        }
        actions={
          <Button variant={published ? "default" : "filled"} disabled={!toggle} loading={publish.isPending} onClick={() => publish.mutate({ publish: !published, version: current.version })}>
            {published ? "Unpublish" : "Publish"}
          </Button>
        }
      />
      {!published && !current.permissions.publish && current.bankSize < current.questionsPerAttempt && (
        <Alert color="yellow">An attempt draws {current.questionsPerAttempt} questions: add {current.questionsPerAttempt - current.bankSize} more to publish.</Alert>
      )}
      {publish.isError && <Alert color="red">{errorMessage(publish.error)}</Alert>}
      <SettingsForm key={current.version} quiz={current} />
      <section aria-labelledby="bank-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="bank-heading">
            Question bank ({current.bankSize})
          </Title>
          {current.permissions.manageQuestions && <Button onClick={() => setEditing(null)}>Add question</Button>}
        </Group>
        {questions.isPending ? (
          <PageLoader label="Loading questions…" />
        ) : questions.isError ? (
          <PageError error={questions.error} onRetry={() => void questions.refetch()} />
        ) : questions.data.items.length === 0 ? (
          <PageEmpty title="No questions yet" description="Add single- or multiple-choice questions, each with an explanation takers see after submitting." />
        ) : (
          <QuestionBank questions={questions.data.items} onEdit={setEditing} onDelete={setDeleting} />
        )}
      </section>
      <section aria-labelledby="statistics-heading">
        <Title order={2} size="h3" id="statistics-heading" mb="sm">
          How the questions fare
        </Title>
        {statistics.isPending ? <PageLoader label="Loading statistics…" /> : statistics.isError ? <PageError error={statistics.error} /> : <QuizStatisticsTable statistics={statistics.data} />}
      </section>
      {editing !== undefined && <QuestionFormModal key={editing?.id ?? "new"} quizId={id} question={editing} onClose={() => setEditing(undefined)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this question?"
        confirmLabel="Delete question"
        danger
        loading={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : undefined}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        Attempts already finished keep it in their results; new attempts no longer draw it.
      </ConfirmModal>
    </Stack>
  );
}

export function QuizBuilderPage() {
  const { id = "" } = useParams();
  return (
    <RequireCapability capability="training.manage">
      <Builder id={id} />
    </RequireCapability>
  );
}
