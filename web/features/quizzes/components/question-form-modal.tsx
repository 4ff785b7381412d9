import { ActionIcon, Alert, Button, Checkbox, Group, Radio, SegmentedControl, Stack, Text, TextInput, Textarea } from "@mantine/core";
import type { FormEvent } from "react";
import { CreateQuestionSchema, UpdateQuestionSchema, type Question } from "#shared/contracts/quizzes.ts";
import { errorMessage } from "#web/api-client.ts";
import { Dialog } from "#web/components/dialog.tsx";
import { submitForm, unplacedErrors } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useSaveQuestion } from "../api.ts";

interface ChoiceValue {
  id?: string;
  text: string;
  correct: boolean;
}
interface QuestionValues {
  kind: "single" | "multiple";
  prompt: string;
  explanation: string;
  choices: ChoiceValue[];
}

const valuesOf = (question: Question | null): QuestionValues =>
  question
    ? { kind: question.kind, prompt: question.prompt, explanation: question.explanation, choices: question.choices.map(({ id, text, correct }) => ({ id, text, correct })) }
    : { kind: "single", prompt: "", explanation: "", choices: [{ text: "", correct: true }, { text: "", correct: false }, { text: "", correct: false }] };

/** Mount with a `key` per question. A single-choice question keeps exactly one choice marked right. */
export function QuestionFormModal({ quizId, question, onClose }: { quizId: string; question: Question | null; onClose: () => void }) {
  const form = useFormState(valuesOf(question));
  const save = useSaveQuestion(quizId);
  const { values, set } = form;
  const unplaced = unplacedErrors(form.errors, (path) => ["kind", "prompt", "explanation"].includes(path) || path.startsWith("choices"));
  const setChoice = (index: number, change: Partial<ChoiceValue>) => set("choices", values.choices.map((choice, i) => (i === index ? { ...choice, ...change } : choice)));
  const markOnly = (index: number) => set("choices", values.choices.map((choice, i) => ({ ...choice, correct: i === index })));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { kind: values.kind, prompt: values.prompt, explanation: values.explanation, choices: values.choices.map((choice) => (choice.id ? choice : { text: choice.text, correct: choice.correct })) };
    const schema = question ? UpdateQuestionSchema : CreateQuestionSchema;
    submitForm(schema, question ? { ...body, version: question.version } : body, form.setErrors, (input, showServerErrors) =>
      save.mutate({ questionId: question?.id ?? null, input }, { onSuccess: onClose, onError: showServerErrors }),
    );
  };

  return (
    <Dialog opened onClose={onClose} title={question ? "Edit question" : "Add a question"} size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="question-kind">
              Kind
            </Text>
            <SegmentedControl
              aria-labelledby="question-kind"
              data={[{ value: "single", label: "One right answer" }, { value: "multiple", label: "Several right answers" }]}
              value={values.kind}
              onChange={(value) => {
                set("kind", value as QuestionValues["kind"]);
                // Going back to one answer keeps the first one marked right.
                if (value === "single") markOnly(Math.max(0, values.choices.findIndex((choice) => choice.correct)));
              }}
            />
          </Stack>
          <Textarea label="Question" required autosize minRows={2} value={values.prompt} onChange={(e) => set("prompt", e.currentTarget.value)} error={form.errors.prompt} />
          <Stack gap="xs" role="group" aria-labelledby="choices-label">
            <Text size="sm" fw={500} id="choices-label">
              Choices — mark the right {values.kind === "single" ? "one" : "ones"}
            </Text>
            {values.kind === "single" ? (
              <Radio.Group value={String(values.choices.findIndex((choice) => choice.correct))} onChange={(value) => markOnly(Number(value))} aria-label="The right choice">
                <Stack gap="xs">
                  {values.choices.map((choice, index) => (
                    <Group key={index} wrap="nowrap" align="center">
                      <Radio value={String(index)} aria-label={`Choice ${index + 1} is right`} />
                      <ChoiceText index={index} choice={choice} count={values.choices.length} onText={(text) => setChoice(index, { text })} onRemove={() => set("choices", values.choices.filter((_, i) => i !== index))} />
                    </Group>
                  ))}
                </Stack>
              </Radio.Group>
            ) : (
              values.choices.map((choice, index) => (
                <Group key={index} wrap="nowrap" align="center">
                  <Checkbox checked={choice.correct} onChange={(e) => setChoice(index, { correct: e.currentTarget.checked })} aria-label={`Choice ${index + 1} is right`} />
                  <ChoiceText index={index} choice={choice} count={values.choices.length} onText={(text) => setChoice(index, { text })} onRemove={() => set("choices", values.choices.filter((_, i) => i !== index))} />
                </Group>
              ))
            )}
            {form.errors.choices && (
              <Text size="sm" c="red" role="alert">
                {form.errors.choices}
              </Text>
            )}
            {values.choices.length < 8 && (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => set("choices", [...values.choices, { text: "", correct: false }])}>
                  Add a choice
                </Button>
              </Group>
            )}
          </Stack>
          <Textarea label="Explanation" description="Shown with the result: why the right answer is right." required autosize minRows={2} value={values.explanation} onChange={(e) => set("explanation", e.currentTarget.value)} error={form.errors.explanation} />
          {save.isError && Object.keys(form.errors).length === 0 && <Alert color="red">{errorMessage(save.error)}</Alert>}
          {unplaced.map((message) => (
            <Alert key={message} color="red">
              {message}
            </Alert>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save question
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function ChoiceText({ index, choice, count, onText, onRemove }: { index: number; choice: ChoiceValue; count: number; onText: (text: string) => void; onRemove: () => void }) {
  return (
    <>
      <TextInput aria-label={`Choice ${index + 1}`} value={choice.text} onChange={(e) => onText(e.currentTarget.value)} style={{ flex: 1 }} />
      <ActionIcon variant="subtle" color="gray" onClick={onRemove} disabled={count <= 2} aria-label={`Remove choice ${index + 1}`}>
        ×
      </ActionIcon>
    </>
  );
}
