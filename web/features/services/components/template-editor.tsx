import { Autocomplete, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import type { FieldErrors } from "#web/components/form-errors.ts";
import { emptyEffort, emptyPhase, type EffortDraft, type PhaseDraft } from "./service-draft.ts";

interface TemplateEditorProps {
  phases: PhaseDraft[];
  onChange: (phases: PhaseDraft[]) => void;
  errors: FieldErrors;
  /** Roles of the rate card, offered while typing a row's role. */
  knownRoles: string[];
}

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function TemplateEditor({ phases, onChange, errors, knownRoles }: TemplateEditorProps) {
  const updatePhase = (index: number, patch: Partial<PhaseDraft>) =>
    onChange(phases.map((phase, i) => (i === index ? { ...phase, ...patch } : phase)));
  const updateEffort = (index: number, row: number, patch: Partial<EffortDraft>) => {
    const phase = phases[index];
    if (phase) updatePhase(index, { efforts: phase.efforts.map((effort, r) => (r === row ? { ...effort, ...patch } : effort)) });
  };

  return (
    <Stack gap="md">
      {phases.length === 0 && <Text c="dimmed">No phases yet. A phase lists the roles it needs and their effort in person-days.</Text>}
      {errors["estimationTemplate.phases"] && <Text c="red" size="sm">{errors["estimationTemplate.phases"]}</Text>}
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
                <Button size="compact-sm" variant="subtle" disabled={index === 0} onClick={() => onChange(move(phases, index, index - 1))} aria-label={`Move ${title} up`}>
                  Move up
                </Button>
                <Button size="compact-sm" variant="subtle" disabled={index === phases.length - 1} onClick={() => onChange(move(phases, index, index + 1))} aria-label={`Move ${title} down`}>
                  Move down
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => onChange(phases.filter((_, i) => i !== index))} aria-label={`Remove ${title}`}>
                  Remove
                </Button>
              </Group>
            </Group>
            <Stack gap="xs">
              <TextInput label="Phase name" required value={phase.name} onChange={(event) => updatePhase(index, { name: event.currentTarget.value })} error={errors[`${at}.name`]} />
              <Textarea label="Phase description" autosize minRows={1} maxRows={6} value={phase.description} onChange={(event) => updatePhase(index, { description: event.currentTarget.value })} error={errors[`${at}.description`]} />
              {phase.efforts.map((effort, row) => (
                <Group key={effort.key} align="flex-start" gap="xs" wrap="wrap">
                  <Autocomplete
                    label="Role"
                    data={knownRoles}
                    value={effort.role}
                    onChange={(role) => updateEffort(index, row, { role })}
                    error={errors[`${at}.efforts.${row}.role`]}
                    style={{ flex: "2 1 180px" }}
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
                    style={{ flex: "1 1 100px" }}
                  />
                  <NumberInput
                    label="Max days"
                    min={0}
                    step={0.5}
                    decimalScale={1}
                    allowNegative={false}
                    value={effort.maxDays}
                    onChange={(maxDays) => updateEffort(index, row, { maxDays })}
                    error={errors[`${at}.efforts.${row}.maxDays`]}
                    style={{ flex: "1 1 100px" }}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    mt={25}
                    onClick={() => updatePhase(index, { efforts: phase.efforts.filter((_, r) => r !== row) })}
                    aria-label={`Remove row ${row + 1} of ${title}`}
                  >
                    Remove row
                  </Button>
                </Group>
              ))}
              {errors[`${at}.efforts`] && <Text c="red" size="sm">{errors[`${at}.efforts`]}</Text>}
              <Group>
                <Button size="xs" variant="light" onClick={() => updatePhase(index, { efforts: [...phase.efforts, emptyEffort()] })}>
                  Add role
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" onClick={() => onChange([...phases, emptyPhase()])}>
          Add phase
        </Button>
      </Group>
    </Stack>
  );
}
