import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import type { Notification } from "#shared/contracts/notifications.ts";
import { formatDateTime } from "#web/components/format.ts";

interface NotificationListProps {
  items: Notification[];
  /** Called when a notification's link is followed; the link navigates by itself. */
  onOpen: (notification: Notification) => void;
}

export function NotificationList({ items, onOpen }: NotificationListProps) {
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label="Notifications">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <Paper
            key={item.id}
            component="li"
            withBorder
            p="sm"
            style={unread ? { borderLeft: "4px solid var(--mantine-color-blue-filled)" } : undefined}
            bg={unread ? "var(--mantine-color-blue-light)" : undefined}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={item.link} fw={unread ? 700 : 500} c="inherit" onClick={() => onOpen(item)} style={{ overflowWrap: "anywhere" }}>
                  {item.title}
                </Anchor>
                <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                  {item.body}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={item.createdAt}>
                  {formatDateTime(item.createdAt)}
                </Text>
              </Stack>
              {unread && (
                <Badge color="blue" variant="filled" size="sm">
                  New
                </Badge>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
