import { formatTimestamp } from "#web/components/format.ts";
import { Badge, Button, Code, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Fragment, useState } from "react";
import type { WebhookDelivery } from "#shared/contracts/webhooks.ts";
import { errorMessage } from "#web/api-client.ts";
import { useRedeliver } from "../api/redeliver.ts";
import { DELIVERY_STATUS_COLORS, DELIVERY_STATUS_LABELS } from "./delivery-status.ts";
import { ScrollTable } from "#web/components/scroll-table.tsx";

const COLUMNS = 8;
/** Longer than this, or over several lines, an excerpt shows folded to one line. */
const FOLDED_LENGTH = 40;


const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

export function DeliveryTable({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const redelivery = useRedeliver();
  const sendAgain = (delivery: WebhookDelivery) =>
    redelivery.mutate(
      { webhookId: delivery.webhookId, deliveryId: delivery.id },
      {
        onSuccess: () => notifications.show({ color: "teal", message: "Queued: the new attempt appears in this log in a moment. Refresh to see it." }),
        onError: (error) => notifications.show({ color: "red", title: "Could not send again", message: errorMessage(error) }),
      },
    );
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ScrollTable label="Deliveries" minWidth={1070}>
      <Table verticalSpacing="sm" style={{ tableLayout: "fixed" }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>When</Table.Th>
            <Table.Th w={165}>Event</Table.Th>
            <Table.Th w={80}>Attempt</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={65}>HTTP</Table.Th>
            <Table.Th w={90}>Latency</Table.Th>
            <Table.Th>Response</Table.Th>
            <Table.Th w={130}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((delivery) => {
            const excerpt = delivery.responseExcerpt;
            const foldable = excerpt.length > FOLDED_LENGTH || excerpt.includes("\n");
            const expanded = foldable && open.has(delivery.id);
            const fullId = `delivery-response-${delivery.id}`;
            return (
              <Fragment key={delivery.id}>
                <Table.Tr>
                  <Table.Td>
                    <time dateTime={delivery.createdAt}>{formatTimestamp(delivery.createdAt)}</time>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    <Code>{delivery.eventType}</Code>
                  </Table.Td>
                  <Table.Td>{delivery.attempt}</Table.Td>
                  <Table.Td>
                    <Badge color={DELIVERY_STATUS_COLORS[delivery.status]} variant="light">
                      {DELIVERY_STATUS_LABELS[delivery.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{delivery.responseStatus ?? dash}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{delivery.latencyMs === null ? dash : `${delivery.latencyMs.toLocaleString("en")} ms`}</Table.Td>
                  <Table.Td>
                    {!excerpt ? (
                      <Text span c="dimmed" size="sm">
                        No response body
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Code style={{ flex: "0 1 auto", minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>{excerpt}</Code>
                        {foldable && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => toggle(delivery.id)}
                            aria-expanded={expanded}
                            aria-controls={fullId}
                            aria-label={`${expanded ? "Hide" : "Show"} the whole response of ${formatTimestamp(delivery.createdAt)}`}
                          >
                            {expanded ? "Hide" : "Show all"}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={redelivery.isPending && redelivery.variables?.deliveryId === delivery.id}
                      onClick={() => sendAgain(delivery)}
                      aria-label={`Send the ${delivery.eventType} event of ${formatTimestamp(delivery.createdAt)} again`}
                    >
                      Send again
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={fullId}>
                    <Table.Td colSpan={COLUMNS} bg="gray.0">
                      <Text size="xs" c="dimmed" mb={4}>
                        Response of {formatTimestamp(delivery.createdAt)} (the start of the body, as received)
                      </Text>
                      <Code block tabIndex={0} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxHeight: 360, overflowY: "auto" }}>
                        {excerpt}
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
