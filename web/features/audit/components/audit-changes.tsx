import { Code, Table, Text } from "@mantine/core";
import type { AuditEntry } from "#shared/contracts/audit.ts";

function Value({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === "") return <Text span c="dimmed">—</Text>;
  if (typeof value === "object") {
    return (
      <Code block style={{ maxHeight: 240, overflow: "auto", whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    );
  }
  return <span style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>{String(value)}</span>;
}

/** Before → after of each changed field (all fields of a created or deleted record). */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = entry.changedFields.length > 0 ? entry.changedFields : [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (fields.length === 0) return <Text c="dimmed" size="sm">No field values were recorded.</Text>;

  return (
    <Table withTableBorder layout="fixed" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr key={field}>
            <Table.Td>
              <Code>{field}</Code>
            </Table.Td>
            <Table.Td>
              <Value value={before[field]} />
            </Table.Td>
            <Table.Td>
              <Value value={after[field]} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
