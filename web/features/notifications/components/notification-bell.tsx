import { ActionIcon, Indicator } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useUnreadCount } from "../api/get-unread-count.ts";
import { useNotificationStream } from "../api/use-notification-stream.ts";

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function bellLabel(unread: number | undefined): string {
  return unread ? `Notifications, ${unread} unread` : "Notifications, none unread";
}

/**
 * The header's bell: the unread count, kept live by the notification stream,
 * and the way to the inbox. Render it once per signed-in page: it opens the stream.
 */
export function NotificationBell() {
  useNotificationStream();
  const count = useUnreadCount();
  const { pathname } = useLocation();
  const unread = count.data?.unread ?? 0;

  return (
    <Indicator label={unread > 99 ? "99+" : unread} size={18} color="red" disabled={unread === 0} offset={4}>
      <ActionIcon
        component={Link}
        to="/notifications"
        variant={pathname === "/notifications" ? "light" : "subtle"}
        color="gray"
        size="lg"
        aria-label={bellLabel(unread)}
        aria-current={pathname === "/notifications" ? "page" : undefined}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
