import { NumberInput, Paper, SimpleGrid, Title } from "@mantine/core";
import type { FieldErrors } from "#web/components/form-errors.ts";

export interface TrainingDraft {
  expiringDays: number | string;
  onboardingDueDays: number | string;
}

interface TrainingFieldsProps {
  values: TrainingDraft;
  onChange: (values: TrainingDraft) => void;
  errors: FieldErrors;
}

/** When a certification counts as expiring, and how long a new rep or SE has for onboarding. */
export function TrainingFields({ values, onChange, errors }: TrainingFieldsProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-training-title">
      <Title order={2} size="h4" mb="xs" id="settings-training-title">
        Training
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label="Show a certification as expiring this many days ahead"
          description="Readiness and My training mark it; reminders go out at 30, 7 and 0 days whatever this says."
          min={1}
          max={90}
          value={values.expiringDays}
          onChange={(value) => onChange({ ...values, expiringDays: value })}
          error={errors["training.expiringDays"]}
        />
        <NumberInput
          label="Days a new rep or SE has for the onboarding course"
          description="The due date of the enrollment made when someone gets the role."
          min={1}
          max={180}
          value={values.onboardingDueDays}
          onChange={(value) => onChange({ ...values, onboardingDueDays: value })}
          error={errors["training.onboardingDueDays"]}
        />
      </SimpleGrid>
    </Paper>
  );
}
