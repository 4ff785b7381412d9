import { Badge, Button, Table, Text } from "@mantine/core";
import { Fragment, useState } from "react";
import type { AuditEntry } from "#shared/contracts/audit.ts";
import { formatDateTime } from "#web/components/format.ts";
import { AuditChanges } from "./audit-changes.tsx";
import { ACTION_COLORS, ACTION_LABELS, recordTypeLabel } from "./record-types.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

const COLUMNS = 7;

/** An update names its fields; a created or deleted record changes all of them. */
function ChangedFields({ entry }: { entry: AuditEntry }) {
  if (entry.changedFields.length === 0) return <Text span c="dimmed">—</Text>;
  if (entry.action === "update") return <>{entry.changedFields.join(", ")}</>;
  return (
    <Text span c="dimmed">
      {entry.action === "create" ? "New record" : "Deleted record"}
    </Text>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ScrollTable label="Audit log" minWidth={1000}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Record type</Table.Th>
            <Table.Th>Summary</Table.Th>
            <Table.Th>Changed fields</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const detailsId = `audit-changes-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.at)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{entry.actor.name}</Table.Td>
                  <Table.Td>
                    <Badge color={ACTION_COLORS[entry.action]} variant="light">
                      {ACTION_LABELS[entry.action]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{recordTypeLabel(entry.recordType)}</Table.Td>
                  <Table.Td>{entry.summary}</Table.Td>
                  <Table.Td>
                    <ChangedFields entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => toggle(entry.id)} aria-expanded={expanded} aria-controls={detailsId}>
                      {expanded ? "Hide changes" : "Show changes"}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={COLUMNS} bg="gray.0">
                      <AuditChanges entry={entry} />
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
