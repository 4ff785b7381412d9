import { Table, Text, UnstyledButton } from "@mantine/core";
import type { OutboxMessageSummary } from "#shared/contracts/outbox.ts";
import { formatDateTime } from "#web/components/format.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

interface OutboxTableProps {
  messages: OutboxMessageSummary[];
  selected: string | null;
  onOpen: (name: string) => void;
}

export function OutboxTable({ messages, selected, onOpen }: OutboxTableProps) {
  return (
    <ScrollTable label="Outbox" minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>Date</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((message) => {
            const current = message.name === selected;
            return (
              <Table.Tr key={message.name} bg={current ? "blue.0" : undefined} aria-current={current ? "true" : undefined}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{message.date ? <time dateTime={message.date}>{formatDateTime(message.date)}</time> : "—"}</Table.Td>
                <Table.Td style={{ overflowWrap: "anywhere" }}>{message.to}</Table.Td>
                <Table.Td>
                  <UnstyledButton onClick={() => onOpen(message.name)} c="blue.8" fw={current ? 700 : 500} style={{ textAlign: "left" }}>
                    {message.subject || (
                      <Text span c="dimmed" fs="italic">
                        (no subject)
                      </Text>
                    )}
                  </UnstyledButton>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
