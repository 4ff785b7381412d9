import { NumberInput, Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import type { FieldErrors } from "#web/components/form-errors.ts";

export interface QuizSettingsValues {
  title: string;
  description: string;
  serviceId: string | null;
  passMark: number | string;
  questionsPerAttempt: number | string;
  maxAttempts: number | string;
  cooldownMinutes: number | string;
  timeLimitMinutes: number | string;
}

export const SETTINGS_FIELDS = ["title", "description", "serviceId", "passMark", "questionsPerAttempt", "maxAttempts", "cooldownMinutes", "timeLimitMinutes"];

/** Empty number fields mean "no limit" where the contract allows null. */
export function settingsInput(values: QuizSettingsValues) {
  const orNull = (value: number | string) => (value === "" ? null : Number(value));
  return {
    title: values.title,
    description: values.description,
    serviceId: values.serviceId,
    passMark: Number(values.passMark),
    questionsPerAttempt: Number(values.questionsPerAttempt),
    maxAttempts: orNull(values.maxAttempts),
    cooldownMinutes: values.cooldownMinutes === "" ? 0 : Number(values.cooldownMinutes),
    timeLimitMinutes: orNull(values.timeLimitMinutes),
  };
}

interface Props {
  values: QuizSettingsValues;
  set: <K extends keyof QuizSettingsValues>(key: K, value: QuizSettingsValues[K]) => void;
  errors: FieldErrors;
  serviceOptions: { value: string; label: string }[];
}

export function QuizSettingsFields({ values, set, errors, serviceOptions }: Props) {
  return (
    <>
      <TextInput label="Title" required value={values.title} onChange={(e) => set("title", e.currentTarget.value)} error={errors.title} />
      <Textarea label="Description" description="What the quiz checks, in a sentence or two." autosize minRows={2} value={values.description} onChange={(e) => set("description", e.currentTarget.value)} error={errors.description} />
      <Select
        label="Service it certifies"
        description="Passing it certifies the member for the service, if the service requires a certification. Leave empty for a stand-alone quiz."
        placeholder="Stand-alone quiz"
        data={serviceOptions}
        value={values.serviceId}
        onChange={(value) => set("serviceId", value)}
        clearable
        searchable
        nothingFoundMessage="No service found"
        error={errors.serviceId}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label="Pass mark (%)" min={1} max={100} value={values.passMark} onChange={(value) => set("passMark", value)} error={errors.passMark} />
        <NumberInput label="Questions per attempt" description="Drawn at random from the bank." min={1} max={50} value={values.questionsPerAttempt} onChange={(value) => set("questionsPerAttempt", value)} error={errors.questionsPerAttempt} />
        <NumberInput label="Attempts allowed" description="Empty: no limit." min={1} max={20} value={values.maxAttempts} onChange={(value) => set("maxAttempts", value)} error={errors.maxAttempts} />
        <NumberInput label="Wait after a failed attempt (minutes)" min={0} max={43200} value={values.cooldownMinutes} onChange={(value) => set("cooldownMinutes", value)} error={errors.cooldownMinutes} />
        <NumberInput label="Time limit (minutes)" description="Empty: untimed. The server enforces it." min={1} max={480} value={values.timeLimitMinutes} onChange={(value) => set("timeLimitMinutes", value)} error={errors.timeLimitMinutes} />
      </SimpleGrid>
    </>
  );
}
