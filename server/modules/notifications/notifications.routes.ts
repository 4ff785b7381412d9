import type { ServerResponse } from "node:http";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  NotificationListQuerySchema,
  NotificationPageSchema,
  NotificationPreferenceListSchema,
  NotificationSchema,
  UnreadCountSchema,
  UpdateNotificationPreferencesSchema,
  type Notification,
} from "#shared/contracts/notifications.ts";
import * as notifications from "./notifications.service.ts";
import { subscribeNotifications } from "./notifications.stream.ts";

const tags = ["notifications"];
const KEEP_ALIVE_MS = 25_000;

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/notifications",
    {
      config: { access: "member" },
      schema: { operationId: "listNotifications", tags, summary: "Your inbox, newest first", querystring: NotificationListQuerySchema, response: { 200: NotificationPageSchema } },
    },
    async (request) => notifications.listNotifications(contextOf(request), request.query),
  );

  app.get(
    "/v1/notifications/unread-count",
    { config: { access: "member" }, schema: { operationId: "countUnreadNotifications", tags, summary: "How many of your notifications are unread", response: { 200: UnreadCountSchema } } },
    async (request) => notifications.unreadCount(contextOf(request)),
  );

  // A stream never ends by itself, so the server could never finish draining: open
  // streams end when it starts to, and EventSource reconnects (to the next instance).
  const openStreams = new Set<ServerResponse>();
  app.addHook("preClose", async () => {
    for (const out of openStreams) out.end();
  });

  app.get(
    "/v1/notifications/stream",
    {
      config: {
        access: "member",
        produces: { mediaType: "text/event-stream", description: "Server-sent events, as long as the connection stays open.", binary: false },
      },
      schema: {
        operationId: "streamNotifications",
        tags,
        summary: "Your notifications as they arrive (server-sent events)",
        description:
          "`text/event-stream`: an `unread` event with `{ unread }` on connect, then `notification` events with `{ notification, unread }`, and a comment every 25 s to keep the connection open.",
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      reply.hijack();
      const out = reply.raw;
      openStreams.add(out);
      out.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      const send = (event: string, data: unknown): void => {
        out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      // Notifications are pushed in order, each once; each carries the count read after it was created.
      const sent = new Set<string>();
      let since = new Date().toISOString();
      let queue = Promise.resolve();
      const push = (notification: Notification) => {
        queue = queue
          .then(async () => {
            if (sent.has(notification.id)) return;
            sent.add(notification.id);
            if (notification.createdAt > since) since = notification.createdAt;
            send("notification", { notification, ...(await notifications.unreadCount(ctx)) });
          })
          .catch((error: unknown) => request.log.warn({ err: error }, "notification stream write failed"));
      };
      // Created in this process: pushed at once. Created by another process's
      // worker: found by a light poll of this member's newest notifications.
      const unsubscribe = subscribeNotifications(ctx.actor.memberId, push);
      const poll = setInterval(() => {
        void notifications
          .notificationsSince(ctx, since)
          .then((found) => found.forEach(push))
          .catch((error: unknown) => request.log.warn({ err: error }, "notification stream poll failed"));
      }, app.tandem.env.NOTIFICATION_POLL_MS);
      const keepAlive = setInterval(() => out.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      keepAlive.unref();
      poll.unref();
      request.raw.on("close", () => {
        openStreams.delete(out);
        clearInterval(keepAlive);
        clearInterval(poll);
        unsubscribe();
      });
      send("unread", await notifications.unreadCount(ctx));
    },
  );

  app.post(
    "/v1/notifications/read-all",
    { config: { access: "member" }, schema: { operationId: "markAllNotificationsRead", tags, summary: "Mark all your notifications read", response: { 200: UnreadCountSchema } } },
    async (request) => notifications.markAllRead(contextOf(request)),
  );

  app.post(
    "/v1/notifications/:id/read",
    {
      config: { access: "member" },
      schema: { operationId: "markNotificationRead", tags, summary: "Mark one of your notifications read", params: IdParamsSchema, response: { 200: NotificationSchema } },
    },
    async (request) => notifications.markRead(contextOf(request), request.params.id),
  );

  app.get(
    "/v1/notification-preferences",
    {
      config: { access: "member" },
      schema: { operationId: "getNotificationPreferences", tags, summary: "How you get each kind of notification (defaults filled in)", response: { 200: NotificationPreferenceListSchema } },
    },
    async (request) => notifications.listPreferences(contextOf(request)),
  );

  app.put(
    "/v1/notification-preferences",
    {
      config: { access: "member" },
      schema: {
        operationId: "updateNotificationPreferences",
        tags,
        summary: "Choose in-app, e-mail, daily digest or off per kind",
        body: UpdateNotificationPreferencesSchema,
        response: { 200: NotificationPreferenceListSchema },
      },
    },
    async (request) => notifications.updatePreferences(contextOf(request), request.body),
  );
};
