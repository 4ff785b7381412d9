import { Alert, Button, Grid, Group, List, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import type { FormEvent, ReactNode } from "react";
import { computeTotals } from "#shared/catalog/totals.ts";
import { unplacedErrors, withoutError, withoutErrorsUnder, type FieldErrors } from "#web/components/form-errors.ts";
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
  /** Takes an update of the errors, as React's state setter does: edited fields lose their message. */
  onErrorsChange: (update: (errors: FieldErrors) => FieldErrors) => void;
  ownerOptions: { value: string; label: string }[];
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** A message above the form: a failed save, a conflict. */
  banner?: ReactNode;
}

export function ServiceForm({ draft, onChange, errors, onErrorsChange, ownerOptions, submitLabel, pending, onSubmit, onCancel, banner }: ServiceFormProps) {
  const clearError = (path: string) => onErrorsChange((current) => withoutError(current, path));
  const clearErrorsUnder = (prefix: string) => onErrorsChange((current) => withoutErrorsUnder(current, prefix));
  const set = <K extends keyof ServiceDraft>(key: K, value: ServiceDraft[K]) => {
    onChange({ ...draft, [key]: value });
    clearError(key);
    // The order of the two durations is reported on the longest.
    if (key === "durationMinWeeks") clearError("durationMaxWeeks");
  };
  const live = totalsInputOf(draft);
  const totals = computeTotals(live.template, live.rateCard, live.currency);
  // A reversed range ("10–5 days") would make every total nonsense: it is marked on its row at once instead.
  const reversed = live.template.phases.some((phase) => phase.efforts.some((effort) => effort.maxDays < effort.minDays));
  const unplaced = unplacedErrors(errors, (path) => PLACED.some((pattern) => pattern.test(path)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {(banner || unplaced.length > 0) && (
          <Stack gap="sm" data-form-banner tabIndex={-1} style={{ outline: "none" }}>
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
          </Stack>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
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
                  <NumberInput label="Min. duration (weeks)" required min={1} allowDecimal={false} allowNegative={false} value={draft.durationMinWeeks} onChange={(value) => set("durationMinWeeks", value)} error={errors.durationMinWeeks} />
                  <NumberInput label="Max. duration (weeks)" required min={1} allowDecimal={false} allowNegative={false} value={draft.durationMaxWeeks} onChange={(value) => set("durationMaxWeeks", value)} error={errors.durationMaxWeeks} />
                  <NumberInput label="Lead time (weeks)" required min={0} allowDecimal={false} allowNegative={false} value={draft.leadTimeWeeks} onChange={(value) => set("leadTimeWeeks", value)} error={errors.leadTimeWeeks} />
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
                <TemplateEditor
                  phases={draft.phases}
                  onChange={(phases) => onChange({ ...draft, phases })}
                  errors={errors}
                  clearError={clearError}
                  clearAllErrors={() => clearErrorsUnder("estimationTemplate")}
                  knownRoles={[...new Set(draft.rates.map((rate) => rate.role.trim()).filter(Boolean))]} />
              </Section>

              <Section title="Rate card">
                <RateCardEditor
                  rates={draft.rates}
                  currency={live.currency}
                  onChange={(rates) => onChange({ ...draft, rates })}
                  errors={errors}
                  clearError={clearError}
                  clearAllErrors={() => clearErrorsUnder("rateCard")}
                />
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            {/* Beside the form on wide screens, the figures and the save button stay in view. */}
            <Stack gap="md" style={{ position: "sticky", top: 76 }}>
              <Section title="Totals">
                {reversed ? (
                  <Alert color="red" variant="light" title="Totals on hold">
                    A role's max days are below its min days; the row is marked in the template. The totals come back once each range runs from min to max.
                  </Alert>
                ) : (
                  <TotalsView totals={totals} narrow />
                )}
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
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
