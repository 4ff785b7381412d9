import { Button, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import type { FieldErrors } from "#web/components/form-errors.ts";
import { currencyExponent } from "./money.ts";
import { emptyRate, type RateDraft } from "./service-draft.ts";

interface RateCardEditorProps {
  rates: RateDraft[];
  currency: string;
  onChange: (rates: RateDraft[]) => void;
  errors: FieldErrors;
  clearError: (path: string) => void;
  clearAllErrors: () => void;
}

export function RateCardEditor({ rates, currency, onChange, errors, clearError, clearAllErrors }: RateCardEditorProps) {
  const update = (index: number, patch: Partial<RateDraft>) => {
    onChange(rates.map((rate, i) => (i === index ? { ...rate, ...patch } : rate)));
    for (const key of Object.keys(patch)) clearError(`rateCard.${index}.${key}`);
    if ("role" in patch) clearError("rateCard");
  };
  const restructure = (next: RateDraft[]) => {
    onChange(next);
    clearAllErrors();
  };
  const code = /^[A-Z]{3}$/.test(currency) ? currency : "";

  return (
    <Stack gap="xs">
      {rates.length === 0 && <Text c="dimmed">No rates yet. Without a rate, a role's days are not priced.</Text>}
      {rates.map((rate, index) => (
        <Group key={rate.key} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label="Role"
            value={rate.role}
            onChange={(event) => update(index, { role: event.currentTarget.value })}
            error={errors[`rateCard.${index}.role`]}
            flex={{ base: "1 1 100%", xs: "2 1 180px" }}
          />
          <NumberInput
            label={`Daily rate${code ? ` (${code})` : ""}`}
            min={0}
            allowNegative={false}
            decimalScale={currencyExponent(currency)}
            thousandSeparator=","
            value={rate.dailyRate}
            onChange={(dailyRate) => update(index, { dailyRate })}
            error={errors[`rateCard.${index}.dailyRate`]}
            style={{ flex: "1 1 140px" }}
          />
          <Button variant="subtle" color="red" onClick={() => restructure(rates.filter((_, i) => i !== index))} aria-label={`Remove the rate of ${rate.role || `row ${index + 1}`}`}>
            Remove
          </Button>
        </Group>
      ))}
      {errors.rateCard && (
        <Text c="red.9" size="sm">
          {errors.rateCard}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={() => restructure([...rates, emptyRate()])}>
          Add rate
        </Button>
      </Group>
    </Stack>
  );
}
