import { Anchor, Code, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { formatDateTime } from "#web/components/format.ts";
import { EventBadges } from "./event-badges.tsx";
import { WebhookStateBadge } from "./webhook-state-badge.tsx";
import { ScrollTable } from "#web/components/scroll-table.tsx";

export function WebhookTable({ webhooks }: { webhooks: Webhook[] }) {
  return (
    <ScrollTable label="Webhooks" minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>URL</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Events</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Secret</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.map((webhook) => (
            <Table.Tr key={webhook.id}>
              <Table.Td maw={320} style={{ overflowWrap: "anywhere" }}>
                <Anchor component={Link} to={`/webhooks/${webhook.id}`} fw={500} ff="monospace" fz="sm">
                  {webhook.url}
                </Anchor>
              </Table.Td>
              <Table.Td>{webhook.description || <Text span c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <EventBadges types={webhook.eventTypes} />
              </Table.Td>
              <Table.Td>
                <WebhookStateBadge active={webhook.active} />
              </Table.Td>
              <Table.Td>
                <Code>{webhook.secretHint}</Code>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(webhook.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
