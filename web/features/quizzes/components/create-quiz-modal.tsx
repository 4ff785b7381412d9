import { Alert, Button, Group, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { CreateQuizSchema } from "#shared/contracts/quizzes.ts";
import { errorMessage } from "#web/api-client.ts";
import { Dialog } from "#web/components/dialog.tsx";
import { submitForm, unplacedErrors } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useServiceOptions } from "#web/features/cheatsheets/api/get-service-options.ts";
import { useCreateQuiz } from "../api.ts";
import { QuizSettingsFields, SETTINGS_FIELDS, settingsInput, type QuizSettingsValues } from "./quiz-settings-fields.tsx";

const EMPTY: QuizSettingsValues = { title: "", description: "", serviceId: null, passMark: 80, questionsPerAttempt: 10, maxAttempts: 3, cooldownMinutes: 60, timeLimitMinutes: "" };

export function CreateQuizModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useFormState(EMPTY);
  const create = useCreateQuiz();
  const services = useServiceOptions();
  const navigate = useNavigate();
  const unplaced = unplacedErrors(form.errors, (path) => SETTINGS_FIELDS.includes(path));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(CreateQuizSchema, settingsInput(form.values), form.setErrors, (input, showServerErrors) =>
      create.mutate(input, { onSuccess: (quiz) => void navigate(`/quizzes/${quiz.id}`), onError: showServerErrors }),
    );
  };
  return (
    <Dialog opened={opened} onClose={onClose} title="New quiz" size="lg" closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <QuizSettingsFields values={form.values} set={form.set} errors={form.errors} serviceOptions={services.data ?? []} />
          {(create.isError && unplaced.length === 0 && Object.keys(form.errors).length === 0) && <Alert color="red">{errorMessage(create.error)}</Alert>}
          {unplaced.map((message) => (
            <Alert key={message} color="red">
              {message}
            </Alert>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create quiz
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
