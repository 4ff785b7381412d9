import { Alert, Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { Answers, Attempt } from "#shared/contracts/quizzes.ts";
import { errorMessage, isApiError } from "#web/api-client.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { NotFound, PageError, PageLoader, isMissingRecord } from "#web/components/page-states.tsx";
import { getAttempt, quizQueryOptions, saveAnswers, startAttempt, useSubmitAttempt } from "./api/quizzes.ts";
import { AttemptForm } from "./components/attempt-form.tsx";
import { AttemptResult } from "./components/attempt-result.tsx";
import { Countdown } from "./components/countdown.tsx";
import { progressLine, rulesLine } from "./components/quiz-progress.ts";

const SAVE_DELAY_MS = 600;
const backLink = (
  <Anchor component={Link} to="/training" size="sm">
    ← My training
  </Anchor>
);

/** Answers are saved as they are given, so a closed tab or a lost connection loses nothing; the server scores. */
function useSavedAnswers(attempt: Attempt | null) {
  const [answers, setAnswers] = useState<Answers>({});
  const [saving, setSaving] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const pending = useRef<Answers>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Only a new attempt resets them: the answers come from the server once, then from the member.
  const attemptId = attempt?.id;
  const initial = attempt?.answers;
  const loaded = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (loaded.current === attemptId) return;
    loaded.current = attemptId;
    setAnswers(initial ?? {});
  }, [attemptId, initial]);
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const batch = pending.current;
    pending.current = {};
    if (!attempt || Object.keys(batch).length === 0) return;
    setSaving("saving");
    try {
      await saveAnswers(attempt, batch);
      setSaving("saved");
    } catch (error) {
      pending.current = { ...batch, ...pending.current };
      setSaving("failed");
      throw error;
    }
  }, [attempt]);
  const change = (questionId: string, choiceIds: string[]) => {
    setAnswers((current) => ({ ...current, [questionId]: choiceIds }));
    pending.current = { ...pending.current, [questionId]: choiceIds };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), SAVE_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return { answers, change, saving, flush };
}

export function QuizTakePage() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const quiz = useQuery(quizQueryOptions(id));
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submit = useSubmitAttempt();
  const { answers, change, saving } = useSavedAnswers(attempt?.status === "in_progress" ? attempt : null);
  const openId = quiz.data?.progress.openAttemptId;
  // Once an attempt opens, the first answer takes the focus: the keyboard carries on from there.
  const form = useRef<HTMLFormElement>(null);
  const openAttemptId = attempt?.status === "in_progress" ? attempt.id : null;
  useEffect(() => {
    if (openAttemptId) form.current?.querySelector<HTMLInputElement>("input")?.focus();
  }, [openAttemptId]);

  useEffect(() => {
    if (openId && !attempt) void getAttempt({ id: openId, quizId: id }).then(setAttempt, (error: unknown) => setProblem(errorMessage(error)));
  }, [openId, attempt, id]);

  const reload = useCallback(async () => {
    if (!attempt) return;
    setAttempt(await getAttempt(attempt));
    await queryClient.invalidateQueries({ queryKey: ["quizzes"] });
  }, [attempt, queryClient]);

  if (quiz.isPending) return <PageLoader label="Loading the quiz…" />;
  if (quiz.isError) return isMissingRecord(quiz.error) ? <NotFound title="Quiz not found" message="This quiz does not exist, or it is not published." /> : <PageError error={quiz.error} onRetry={() => void quiz.refetch()} />;
  const current = quiz.data;

  const begin = async () => {
    setStarting(true);
    setProblem(null);
    try {
      setAttempt(await startAttempt(current.id));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setStarting(false);
    }
  };

  const send = () => {
    if (!attempt) return;
    setConfirming(false);
    submit.mutate(
      { attempt, answers },
      {
        onSuccess: setAttempt,
        onError: (error) => {
          // Past the deadline the server scored the saved answers: show that result.
          if (isApiError(error, 409)) void reload();
          setProblem(errorMessage(error));
        },
      },
    );
  };
  const unanswered = attempt ? attempt.questions.filter((question) => (answers[question.id] ?? []).length === 0).length : 0;

  return (
    <Stack gap="md">
      {backLink}
      <PageHeader title={current.title} description={current.description || rulesLine(current)} />
      {problem && (
        <Alert color="red" title="That did not work" role="alert">
          {problem}
        </Alert>
      )}
      {!attempt ? (
        openId ? (
          <PageLoader label="Loading your attempt…" />
        ) : (
          <Stack gap="sm" align="flex-start">
            <Text>{rulesLine(current)}</Text>
            <Text>{progressLine(current)}</Text>
            {current.permissions.start && (
              <Button onClick={() => void begin()} loading={starting}>
                Start the quiz
              </Button>
            )}
          </Stack>
        )
      ) : attempt.result ? (
        <>
          <AttemptResult attempt={attempt} />
          <Group>
            <Button component={Link} to="/training" variant="default">
              Back to my training
            </Button>
          </Group>
        </>
      ) : (
        <form
          ref={form}
          aria-label="Your answers"
          onSubmit={(event) => {
            event.preventDefault();
            if (unanswered > 0) setConfirming(true);
            else send();
          }}
        >
          <Stack gap="md">
            <Group justify="space-between">
              <Text size="sm" c="dimmed" role="status" aria-live="polite">
                {saving === "saving" ? "Saving…" : saving === "saved" ? "Answers saved." : saving === "failed" ? "Could not save your last answer; it is sent again with the next one or when you submit." : "Your answers are saved as you go."}
              </Text>
              {attempt.timed && <Countdown deadline={attempt.deadlineAt} onElapsed={() => void reload()} />}
            </Group>
            <AttemptForm attempt={attempt} answers={answers} onChange={change} disabled={submit.isPending} />
            <Group>
              <Button type="submit" loading={submit.isPending}>
                Submit answers
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ConfirmModal opened={confirming} title="Submit with questions unanswered?" confirmLabel="Submit anyway" onConfirm={send} onClose={() => setConfirming(false)}>
        {unanswered === 1 ? "One question has no answer; it counts as wrong." : `${unanswered} questions have no answer; they count as wrong.`}
      </ConfirmModal>
    </Stack>
  );
}
