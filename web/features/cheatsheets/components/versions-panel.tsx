import { Badge, Button, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { CheatSheet, VersionSummary } from "#shared/contracts/cheatsheets.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { formatDateTime } from "#web/components/format.ts";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useDiff, type DiffTarget } from "../api/get-diff.ts";
import { useVersions } from "../api/get-versions.ts";
import { useRestoreVersion } from "../api/restore-version.ts";
import { DiffView } from "./diff-view.tsx";
import { VersionModal } from "./version-modal.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

interface VersionTableProps {
  versions: VersionSummary[];
  onView: (number: number) => void;
  onRestore: (version: VersionSummary) => void;
}

function VersionTable({ versions, onView, onRestore }: VersionTableProps) {
  return (
    <ScrollTable label="Versions" minWidth={640}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Title</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th>Written by / approved by</Table.Th>
            {/* Positioned, so the hidden label stays inside the scrolling table. */}
            <Table.Th style={{ position: "relative" }}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => (
            <Table.Tr key={version.number}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {version.number} {version.current && <Badge size="xs" color="teal" variant="light">Current</Badge>}
                {version.clarityException && <Badge size="xs" color="yellow" variant="light" ml={4}>Exception</Badge>}
              </Table.Td>
              <Table.Td>{version.title}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(version.publishedAt)}</Table.Td>
              <Table.Td>
                {version.author?.name ?? "—"} / {version.reviewer?.name ?? "—"}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => onView(version.number)} aria-label={`View version ${version.number}`}>
                    View
                  </Button>
                  {!version.current && (
                    <Button size="xs" variant="default" onClick={() => onRestore(version)} aria-label={`Restore version ${version.number} as draft`}>
                      Restore as draft
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

export function VersionsPanel({ sheet }: { sheet: CheatSheet }) {
  const versions = useVersions(sheet.id);
  const items = versions.data?.items ?? [];
  const newest = items[0]?.number ?? null;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<DiffTarget | null>(null);
  // Until someone picks, compare the newest version with the draft, or with the one before it.
  const shownTo: DiffTarget | null = to ?? (sheet.draft ? "draft" : newest);
  const shownFrom = from ?? (shownTo === "draft" ? newest : (items[1]?.number ?? null));
  const diff = useDiff(sheet.id, shownFrom, shownFrom !== null && shownTo !== null && shownFrom !== shownTo ? shownTo : null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const restore = useRestoreVersion(sheet.id);

  if (versions.isPending) return <PageLoader label="Loading the history…" />;
  if (versions.isError) return <PageError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (items.length === 0) return <PageEmpty title="No published versions yet" description="The history starts when the first version is approved." />;

  const options = items.map((version) => ({ value: String(version.number), label: `Version ${version.number}${version.current ? " (current)" : ""}` }));
  const toOptions = sheet.draft ? [{ value: "draft", label: "Working draft" }, ...options] : options;

  return (
    <Stack gap="md">
      <VersionTable versions={items} onView={setViewing} onRestore={setRestoring} />
      <VersionModal sheetId={sheet.id} number={viewing} onClose={() => setViewing(null)} />
      <Title order={3} size="h5">
        Compare versions
      </Title>
      <Group gap="sm" align="flex-end">
        <Select label="From" data={options} value={shownFrom === null ? null : String(shownFrom)} onChange={(value) => setFrom(value ? Number(value) : null)} allowDeselect={false} w={200} />
        <Select label="To" data={toOptions} value={shownTo === null ? null : String(shownTo)} onChange={(value) => setTo(value === "draft" ? "draft" : value ? Number(value) : null)} allowDeselect={false} w={200} />
      </Group>
      {shownFrom === null || shownTo === null ? (
        <Text c="dimmed">Only one version so far: nothing to compare yet.</Text>
      ) : shownFrom === shownTo ? (
        <Text c="dimmed">Pick two different versions.</Text>
      ) : diff.isPending ? (
        <PageLoader label="Comparing…" />
      ) : diff.isError ? (
        <PageError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <DiffView diff={diff.data} />
      )}
      <ConfirmModal
        opened={restoring !== null}
        onClose={() => {
          restore.reset();
          setRestoring(null);
        }}
        title={`Restore version ${restoring?.number ?? ""} as a draft?`}
        confirmLabel="Restore as draft"
        loading={restore.isPending}
        error={restore.error}
        onConfirm={() =>
          restoring &&
          restore.mutate(
            { number: restoring.number, version: sheet.version },
            {
              onSuccess: () => {
                notifications.show({ color: "teal", message: `Version ${restoring.number} is now the working draft. Submit it to publish it again.` });
                setRestoring(null);
              },
            },
          )
        }
      >
        Its title, pitch and body become the working draft{sheet.draft ? ", replacing the current draft" : ""}. The published version stays until the draft is approved.
      </ConfirmModal>
    </Stack>
  );
}
