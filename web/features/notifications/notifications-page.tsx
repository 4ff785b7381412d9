import { Anchor, Button, Group, SegmentedControl, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link } from "react-router";
import type { Notification } from "#shared/contracts/notifications.ts";
import { errorMessage } from "#web/api-client.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useNotifications, type NotificationFilter } from "./api/get-notifications.ts";
import { useUnreadCount } from "./api/get-unread-count.ts";
import { useMarkAllRead } from "./api/mark-all-read.ts";
import { useMarkRead } from "./api/mark-read.ts";
import { NotificationList } from "./components/notification-list.tsx";

export function NotificationsPage() {
  const [filter, setFilter] = useState<NotificationFilter>("all");
  const list = useNotifications(filter);
  const unread = useUnreadCount().data?.unread ?? 0;
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const open = (notification: Notification) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
  };
  const readAll = () =>
    markAllRead.mutate(undefined, {
      onError: (error) => notifications.show({ color: "red", title: "Could not mark all read", message: errorMessage(error) }),
    });

  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          <>
            What happened that concerns you.{" "}
            <Anchor component={Link} to="/settings/notifications">
              Choose how you are notified
            </Anchor>
          </>
        }
        actions={
          <Button variant="default" onClick={readAll} loading={markAllRead.isPending} disabled={unread === 0}>
            Mark all read
          </Button>
        }
      />
      <Stack gap="md">
        <Group>
          <SegmentedControl
            aria-label="Show"
            value={filter}
            onChange={(value) => setFilter(value as NotificationFilter)}
            data={[
              { value: "all", label: "All" },
              { value: "unread", label: unread ? `Unread (${unread})` : "Unread" },
            ]}
          />
        </Group>
        {list.isPending ? (
          <PageLoader label="Loading your notifications…" />
        ) : list.isError && items.length === 0 ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <PageEmpty
            title="You're all caught up"
            description={filter === "unread" ? "No unread notifications." : "Notifications about your work will show up here."}
          />
        ) : (
          <div>
            <NotificationList items={items} onOpen={open} />
            <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
          </div>
        )}
      </Stack>
    </>
  );
}
