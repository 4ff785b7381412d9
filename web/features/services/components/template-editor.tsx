import { Autocomplete, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import type { FieldErrors } from "#web/components/form-errors.ts";
import { emptyEffort, emptyPhase, type EffortDraft, type PhaseDraft } from "./service-draft.ts";

interface TemplateEditorProps {
  phases: PhaseDraft[];
  onChange: (phases: PhaseDraft[]) => void;
  errors: FieldErrors;
  clearError: (path: string) => void;
  /** After phases or rows are added, removed or moved, old messages point at the wrong rows. */
  clearAllErrors: () => void;
  /** Roles of the rate card, offered while typing a row's role. */
  knownRoles: string[];
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function TemplateEditor({ phases, onChange, errors, clearError, clearAllErrors, knownRoles }: TemplateEditorProps) {
  const restructure = (next: PhaseDraft[]) => {
    onChange(next);
    clearAllErrors();
  };
  const replacePhase = (index: number, patch: Partial<PhaseDraft>) =>
    onChange(phases.map((phase, i) => (i === index ? { ...phase, ...patch } : phase)));
  const updatePhase = (index: number, patch: Partial<Pick<PhaseDraft, "name" | "description">>) => {
    replacePhase(index, patch);
    for (const key of Object.keys(patch)) clearError(`estimationTemplate.phases.${index}.${key}`);
  };
  const setEfforts = (index: number, efforts: EffortDraft[]) => {
    replacePhase(index, { efforts });
    clearAllErrors();
  };
  const updateEffort = (index: number, row: number, patch: Partial<EffortDraft>) => {
    const phase = phases[index];
    if (!phase) return;
    replacePhase(index, { efforts: phase.efforts.map((effort, r) => (r === row ? { ...effort, ...patch } : effort)) });
    const at = `estimationTemplate.phases.${index}.efforts.${row}`;
    for (const key of Object.keys(patch)) clearError(`${at}.${key}`);
    // "Maximum is below minimum" is reported on the maximum.
    if ("minDays" in patch) clearError(`${at}.maxDays`);
  };

  return (
    <Stack gap="md">
      {phases.length === 0 && <Text c="dimmed">No phases yet. A phase lists the roles it needs and their effort in person-days.</Text>}
      {errors["estimationTemplate.phases"] && <Text c="red.9" size="sm">{errors["estimationTemplate.phases"]}</Text>}
      {phases.map((phase, index) => {
        const at = `estimationTemplate.phases.${index}`;
        const title = `Phase ${index + 1}${phase.name ? `: ${phase.name}` : ""}`;
        return (
          <Paper key={phase.key} withBorder p="sm" bg="gray.0" component="section" aria-label={title}>
            <Group justify="space-between" mb="xs" gap="xs">
              <Title order={3} size="h5">
                {title}
              </Title>
              <Group gap={4}>
                <Button size="compact-sm" variant="subtle" disabled={index === 0} onClick={() => restructure(move(phases, index, index - 1))} aria-label={`Move up: ${title}`}>
                  Move up
                </Button>
                <Button size="compact-sm" variant="subtle" disabled={index === phases.length - 1} onClick={() => restructure(move(phases, index, index + 1))} aria-label={`Move down: ${title}`}>
                  Move down
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => restructure(phases.filter((_, i) => i !== index))} aria-label={`Remove ${title}`}>
                  Remove
                </Button>
              </Group>
            </Group>
            <Stack gap="xs">
              <TextInput label="Phase name" required value={phase.name} onChange={(event) => updatePhase(index, { name: event.currentTarget.value })} error={errors[`${at}.name`]} />
              <Textarea label="Phase description" autosize minRows={1} maxRows={6} value={phase.description} onChange={(event) => updatePhase(index, { description: event.currentTarget.value })} error={errors[`${at}.description`]} />
              {phase.efforts.map((effort, row) => (
                <Group key={effort.key} align="flex-end" gap="xs" wrap="wrap" pb="xs" style={{ borderBottom: "1px dashed var(--mantine-color-gray-3)" }}>
                  <Autocomplete
                    label="Role"
                    data={knownRoles}
                    value={effort.role}
                    onChange={(role) => updateEffort(index, row, { role })}
                    error={errors[`${at}.efforts.${row}.role`]}
                    flex={{ base: "1 1 100%", xs: "2 1 140px" }}
                  />
                  <NumberInput
                    label="Min days"
                    min={0}
                    step={0.5}
                    decimalScale={1}
                    allowNegative={false}
                    value={effort.minDays}
                    onChange={(minDays) => updateEffort(index, row, { minDays })}
                    error={errors[`${at}.efforts.${row}.minDays`]}
                    style={{ flex: "1 1 90px" }}
                  />
                  <NumberInput
                    label="Max days"
                    min={0}
                    step={0.5}
                    decimalScale={1}
                    allowNegative={false}
                    value={effort.maxDays}
                    onChange={(maxDays) => updateEffort(index, row, { maxDays })}
                    error={errors[`${at}.efforts.${row}.maxDays`] ?? reversedRange(effort)}
                    style={{ flex: "1 1 90px" }}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => setEfforts(index, phase.efforts.filter((_, r) => r !== row))}
                    aria-label={`Remove row ${row + 1} of ${title}`}
                  >
                    Remove row
                  </Button>
                </Group>
              ))}
              {errors[`${at}.efforts`] && <Text c="red.9" size="sm">{errors[`${at}.efforts`]}</Text>}
              <Group>
                <Button size="xs" variant="light" onClick={() => setEfforts(index, [...phase.efforts, emptyEffort()])}>
                  Add role
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => restructure([...phases, emptyPhase()])}>
          Add phase
        </Button>
      </Group>
    </Stack>
  );
}

/** Said as soon as it is typed, not only on save: max days below min days. */
function reversedRange(effort: { minDays: number | string; maxDays: number | string }): string | undefined {
  const [min, max] = [Number(effort.minDays), Number(effort.maxDays)];
  return effort.minDays !== "" && effort.maxDays !== "" && max < min ? `At least the min days (${min}).` : undefined;
}
