import { Alert, Button, Group, List, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { computeTotals } from "#shared/catalog/totals.ts";
import { unplacedErrors, type FieldErrors } from "#web/components/form-errors.ts";
import { RateCardEditor } from "./rate-card-editor.tsx";
import { Section } from "./section.tsx";
import { totalsInputOf, type ServiceDraft } from "./service-draft.ts";
import { TemplateEditor } from "./template-editor.tsx";
import { TotalsView } from "./totals-view.tsx";

const PLACED = [
  /^(name|summary|description|durationMinWeeks|durationMaxWeeks|leadTimeWeeks|currency|ownerId|status)$/,
  /^estimationTemplate\.phases(\.\d+\.(name|description|efforts(\.\d+\.(role|minDays|maxDays))?))?$/,
  /^rateCard(\.\d+\.(role|dailyRate))?$/,
];

interface ServiceFormProps {
  draft: ServiceDraft;
  onChange: (draft: ServiceDraft) => void;
  errors: FieldErrors;
  ownerOptions: { value: string; label: string }[];
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** A message above the form: a failed save, a conflict. */
  banner?: ReactNode;
}

export function ServiceForm({ draft, onChange, errors, ownerOptions, submitLabel, pending, onSubmit, onCancel, banner }: ServiceFormProps) {
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => onChange({ ...draft, [key]: value });
  const live = totalsInputOf(draft);
  const totals = computeTotals(live.template, live.rateCard, live.currency);
  const unplaced = unplacedErrors(errors, (path) => PLACED.some((pattern) => pattern.test(path)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {banner}
        {unplaced.length > 0 && (
          <Alert color="red" role="alert">
            <List size="sm">
              {unplaced.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Section title="Basics">
          <Stack gap="sm">
            <TextInput label="Name" required value={draft.name} onChange={(event) => set("name", event.currentTarget.value)} error={errors.name} />
            <TextInput label="Summary" description="One line for the catalog." value={draft.summary} onChange={(event) => set("summary", event.currentTarget.value)} error={errors.summary} />
            <Textarea
              label="Description"
              description="Markdown: **bold**, lists, links."
              autosize
              minRows={5}
              maxRows={20}
              value={draft.description}
              onChange={(event) => set("description", event.currentTarget.value)}
              error={errors.description}
            />
          </Stack>
        </Section>

        <Section title="Timing, price and owner">
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <NumberInput label="Shortest duration (weeks)" required min={1} allowDecimal={false} allowNegative={false} value={draft.durationMinWeeks} onChange={(value) => set("durationMinWeeks", value)} error={errors.durationMinWeeks} />
            <NumberInput label="Longest duration (weeks)" required min={1} allowDecimal={false} allowNegative={false} value={draft.durationMaxWeeks} onChange={(value) => set("durationMaxWeeks", value)} error={errors.durationMaxWeeks} />
            <NumberInput label="Lead time (weeks)" description="Minimum notice before a start." required min={0} allowDecimal={false} allowNegative={false} value={draft.leadTimeWeeks} onChange={(value) => set("leadTimeWeeks", value)} error={errors.leadTimeWeeks} />
            <TextInput
              label="Currency"
              description="ISO code, e.g. EUR."
              required
              maxLength={3}
              value={draft.currency}
              onChange={(event) => set("currency", event.currentTarget.value.toUpperCase())}
              error={errors.currency}
            />
            <Select label="Owner" placeholder="No owner" data={ownerOptions} value={draft.ownerId} onChange={(value) => set("ownerId", value)} searchable clearable nothingFoundMessage="No member found" error={errors.ownerId} />
            <Select
              label="Status"
              data={[
                { value: "active", label: "Active" },
                { value: "retired", label: "Retired" },
              ]}
              value={draft.status}
              onChange={(value) => set("status", value === "retired" ? "retired" : "active")}
              allowDeselect={false}
              error={errors.status}
            />
          </SimpleGrid>
        </Section>

        <Section title="Estimation template">
          <TemplateEditor phases={draft.phases} onChange={(phases) => set("phases", phases)} errors={errors} knownRoles={[...new Set(draft.rates.map((rate) => rate.role.trim()).filter(Boolean))]} />
        </Section>

        <Section title="Rate card">
          <RateCardEditor rates={draft.rates} currency={live.currency} onChange={(rates) => set("rates", rates)} errors={errors} />
        </Section>

        <Section title="Totals">
          <TotalsView totals={totals} />
        </Section>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
