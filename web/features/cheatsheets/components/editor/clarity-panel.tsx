import { Alert, Badge, Button, Group, List, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo } from "react";
import { checkClarity } from "#shared/clarity/clarity.ts";
import type { ClarityThresholds, ClarityVerdict, JargonOccurrence } from "#shared/contracts/clarity.ts";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { readableColor } from "#web/theme.ts";

interface ClarityPanelProps {
  pitch: string;
  body: string;
  glossary: GlossaryTerm[];
  /** The sheet's linked terms count as explained. */
  termIds: string[];
  thresholds: ClarityThresholds | undefined;
  /** Selects a place in the pitch's or body's box; without it (a reviewer reading), terms are only listed. */
  onSelect?: (occurrence: JargonOccurrence) => void;
}

const VERDICT_COLORS: Record<ClarityVerdict, string> = { ok: "teal", warning: "orange", not_measured: "gray" };

/** The check's own verdict, in words as well as colour: "✓ OK", what is wrong, or that there is nothing to measure yet. */
function Verdict({ verdict, problem }: { verdict: ClarityVerdict; problem: string }) {
  const label = { ok: "✓ OK", warning: `! ${problem}`, not_measured: "No text yet" }[verdict];
  return (
    <Badge color={VERDICT_COLORS[verdict]} variant="light" size="sm">
      {label}
    </Badge>
  );
}

const one = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 1 });

/**
 * The clarity check, run in the browser as the writer types: the same module,
 * figures and verdicts as the server; nothing here judges a figure itself.
 */
export function ClarityPanel({ pitch, body, glossary, termIds, thresholds, onSelect }: ClarityPanelProps) {
  const [checkedPitch] = useDebouncedValue(pitch, 300);
  const [checkedBody] = useDebouncedValue(body, 300);
  const report = useMemo(() => {
    const linked = new Set(termIds);
    const terms = glossary.map((term) => ({ term: term.term, synonyms: term.synonyms, linked: linked.has(term.id) }));
    return checkClarity({ pitch: checkedPitch, body: checkedBody }, { glossary: terms, thresholds });
  }, [checkedPitch, checkedBody, glossary, termIds, thresholds]);
  const { figures, verdicts, jargon, findings } = report;
  const limits = report.thresholds;
  const budgetShare = Math.min(100, (figures.words / limits.wordBudget) * 100);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clarity-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="clarity-title">
          Clarity check
        </Title>
        <Text size="sm" fw={600} c={readableColor(report.passes ? "teal" : "orange")} aria-live="polite">
          {report.passes ? "✓ Reads clearly" : `${findings.length} ${findings.length === 1 ? "warning" : "warnings"}`}
        </Text>
      </Group>
      <Table verticalSpacing={4} fz="sm">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Grade level</Table.Th>
            <Table.Td>{one(figures.grade)} <Text span c="dimmed" size="xs">(at most {one(limits.maxGrade)})</Text></Table.Td>
            <Table.Td><Verdict verdict={verdicts.grade} problem="Too high" /></Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Reading ease</Table.Th>
            <Table.Td>{one(figures.readingEase)} <Text span c="dimmed" size="xs">(at least {one(limits.minReadingEase)})</Text></Table.Td>
            <Table.Td><Verdict verdict={verdicts.readingEase} problem="Too low" /></Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Average sentence</Table.Th>
            <Table.Td>{one(figures.averageSentenceLength)} words <Text span c="dimmed" size="xs">(at most {limits.maxAverageSentenceLength})</Text></Table.Td>
            <Table.Td><Verdict verdict={verdicts.averageSentenceLength} problem="Too long" /></Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Words</Table.Th>
            <Table.Td>{figures.words} of {limits.wordBudget} <Text span c="dimmed" size="xs">({figures.sentences} sentences)</Text></Table.Td>
            <Table.Td><Verdict verdict={verdicts.words} problem="Too long" /></Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Progress value={budgetShare} color={verdicts.words === "warning" ? "orange" : "blue"} size="sm" mt={4} aria-label={`${figures.words} of ${limits.wordBudget} words`} />

      <Stack gap={6} mt="md">
        <Text fw={600} size="sm">
          Unexplained jargon
        </Text>
        {jargon.length === 0 ? (
          <Text size="sm" c="dimmed">None: every term the sheet uses is explained or linked.</Text>
        ) : (
          <Group gap={6}>
            {jargon.map((item) =>
              !onSelect ? (
                <Badge key={item.term} color="orange" variant="light" tt="none">
                  {item.term}
                  {item.occurrences.length > 1 ? ` ×${item.occurrences.length}` : ""}
                </Badge>
              ) : (
              <Button
                key={item.term}
                size="compact-sm"
                variant="light"
                color="orange"
                onClick={() => item.occurrences[0] && onSelect(item.occurrences[0])}
                aria-label={`Show “${item.term}” in the ${item.occurrences[0]?.field ?? "body"} (used ${item.occurrences.length} ${item.occurrences.length === 1 ? "time" : "times"})`}
              >
                {item.term}
                {item.occurrences.length > 1 ? ` ×${item.occurrences.length}` : ""}
              </Button>
              ),
            )}
          </Group>
        )}
        {jargon.length > 0 && (
          <Text size="xs" c="dimmed">
            Explain each in plain words where it first appears, or link its glossary term so readers see the definition.
          </Text>
        )}
      </Stack>

      {findings.some((finding) => finding.code !== "unexplained_jargon") && (
        <Alert color="orange" variant="light" mt="md" p="xs">
          <List size="sm">
            {findings
              .filter((finding) => finding.code !== "unexplained_jargon")
              .map((finding) => (
                <List.Item key={finding.code}>{finding.message}</List.Item>
              ))}
          </List>
        </Alert>
      )}
      {onSelect && (
        <Text size="xs" c="dimmed" mt="sm">
          Warnings never stop you saving a draft. A reviewer sees them, and may publish with an exception.
        </Text>
      )}
    </Paper>
  );
}
