import { formatTimestamp } from "#web/components/format.ts";
import { Badge, Button, Code, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { Fragment, useState } from "react";
import type { Job } from "#shared/contracts/jobs.ts";
import { JOB_STATUS_COLORS, JOB_STATUS_LABELS } from "./job-status.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

const COLUMNS = 8;
/** Longer than this, or over several lines, an error shows folded to one line. */
const FOLDED_LENGTH = 40;


const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

function When({ iso }: { iso: string | null }) {
  return iso ? <time dateTime={iso}>{formatTimestamp(iso)}</time> : dash;
}

interface JobTableProps {
  jobs: Job[];
  /** The job an action is under way for, to show it busy. */
  busyId: string | null;
  onRetry: (job: Job) => void;
  onDiscard: (job: Job) => void;
}

export function JobTable({ jobs, busyId, onRetry, onDiscard }: JobTableProps) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ScrollTable label="Jobs" minWidth={1200}>
      <Table verticalSpacing="sm" style={{ tableLayout: "fixed" }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Kind</Table.Th>
            <Table.Th w={105}>Status</Table.Th>
            <Table.Th w={85}>Attempts</Table.Th>
            <Table.Th w={150}>Run at</Table.Th>
            <Table.Th>Last error</Table.Th>
            <Table.Th w={150}>Created</Table.Th>
            <Table.Th w={150}>Finished</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => {
            const error = job.lastError ?? "";
            const foldable = error.length > FOLDED_LENGTH || error.includes("\n");
            const expanded = foldable && open.has(job.id);
            const fullId = `job-error-${job.id}`;
            const busy = busyId === job.id;
            const described = `${job.kind} job created ${formatTimestamp(job.createdAt)}`;
            return (
              <Fragment key={job.id}>
                <Table.Tr>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    <Code>{job.kind}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={JOB_STATUS_COLORS[job.status]} variant="light">
                      {JOB_STATUS_LABELS[job.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {job.attempts} / {job.maxAttempts}
                  </Table.Td>
                  <Table.Td>
                    <When iso={job.runAt} />
                  </Table.Td>
                  <Table.Td>
                    {!error ? (
                      dash
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" c="red.9" style={{ flex: "0 1 auto", minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }} title={foldable ? undefined : error}>
                          {error}
                        </Text>
                        {foldable && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => toggle(job.id)}
                            aria-expanded={expanded}
                            aria-controls={fullId}
                            aria-label={`${expanded ? "Hide" : "Show"} the whole error of the ${described}`}
                          >
                            {expanded ? "Hide" : "Show all"}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <When iso={job.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <When iso={job.finishedAt} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      {job.permissions.retry && (
                        <Button size="compact-sm" variant="light" loading={busy} disabled={busyId !== null && !busy} onClick={() => onRetry(job)} aria-label={`Retry the ${described}`}>
                          Retry
                        </Button>
                      )}
                      {job.permissions.discard && (
                        <Button size="compact-sm" variant="subtle" color="red" disabled={busyId !== null} onClick={() => onDiscard(job)} aria-label={`Discard the ${described}`}>
                          Discard
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={fullId}>
                    <Table.Td colSpan={COLUMNS} bg="gray.0">
                      <Text size="xs" c="dimmed" mb={4}>
                        Last error of the {described}
                      </Text>
                      <Code block tabIndex={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 360, overflowY: "auto" }}>
                        {error}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
