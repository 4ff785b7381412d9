import { NumberInput, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { ClarityThresholds } from "#shared/contracts/clarity.ts";
import type { FieldErrors } from "#web/components/form-errors.ts";

/** The limits as their inputs hold them: an emptied input is "". */
export type ClarityDraft = { [K in keyof ClarityThresholds]: number | string };

interface ClarityFieldsProps {
  values: ClarityDraft;
  onChange: (values: ClarityDraft) => void;
  errors: FieldErrors;
}

export function ClarityFields({ values, onChange, errors }: ClarityFieldsProps) {
  const set = (key: keyof ClarityDraft, value: number | string) => onChange({ ...values, [key]: value });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-clarity-title">
      <Title order={2} size="h4" mb="xs" id="settings-clarity-title">
        Cheat sheet clarity
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The clarity check warns writers as they type when a sheet passes one of these limits. A reviewer can only publish such a sheet
        by accepting the exception with a comment, which readers then see.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label="Highest grade level"
          description="Flesch–Kincaid; 8–9 reads like a good newspaper."
          min={1}
          max={20}
          step={0.5}
          decimalScale={1}
          value={values.maxGrade}
          onChange={(value) => set("maxGrade", value)}
          error={errors["clarity.maxGrade"]}
        />
        <NumberInput
          label="Lowest reading ease"
          description="Flesch, 0–100: higher is easier; 60 is plain English."
          min={0}
          max={100}
          decimalScale={1}
          value={values.minReadingEase}
          onChange={(value) => set("minReadingEase", value)}
          error={errors["clarity.minReadingEase"]}
        />
        <NumberInput
          label="Longest average sentence (words)"
          min={5}
          max={60}
          allowDecimal={false}
          value={values.maxAverageSentenceLength}
          onChange={(value) => set("maxAverageSentenceLength", value)}
          error={errors["clarity.maxAverageSentenceLength"]}
        />
        <NumberInput
          label="Word budget"
          description="Words that fit on the one printed page."
          min={50}
          max={5000}
          step={50}
          allowDecimal={false}
          value={values.wordBudget}
          onChange={(value) => set("wordBudget", value)}
          error={errors["clarity.wordBudget"]}
        />
      </SimpleGrid>
    </Paper>
  );
}
