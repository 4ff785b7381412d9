import type { RequestContext } from "#server/kernel/context.ts";
import type { Db, Executor } from "#server/kernel/db/database.ts";
import { notFound } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { toPage } from "#server/kernel/pagination.ts";
import type { Page } from "#shared/contracts/common.ts";
import {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationChannel,
  type NotificationKind,
  type NotificationListQuery,
  type NotificationPreference,
  type UnreadCount,
  type UpdateNotificationPreferencesInput,
} from "#shared/contracts/notifications.ts";
import { presentNotification } from "./notifications.presenter.ts";
import * as repo from "./notifications.repository.ts";
import { publishNotification } from "./notifications.stream.ts";

export const NOTIFICATION_EMAIL_JOB = "notification.email";

// Every route here acts on the caller's own inbox: the member id in each query is the access check.

export async function listNotifications(ctx: RequestContext, query: NotificationListQuery): Promise<Page<Notification>> {
  const rows = await repo.listInbox(ctx.db, ctx.workspaceId, memberOf(ctx), query);
  return toPage(rows, query.limit, (row) => [row.created_at, row.id], presentNotification);
}

export async function unreadCount(ctx: RequestContext): Promise<UnreadCount> {
  return { unread: await repo.countUnread(ctx.db, ctx.workspaceId, memberOf(ctx)) };
}

export async function notificationsSince(ctx: RequestContext, since: string): Promise<Notification[]> {
  return (await repo.listCreatedSince(ctx.db, ctx.workspaceId, memberOf(ctx), since)).map(presentNotification);
}

export async function markRead(ctx: RequestContext, id: string): Promise<Notification> {
  const memberId = memberOf(ctx);
  if (!(await repo.findNotification(ctx.db, ctx.workspaceId, memberId, id))) throw notFound("notification");
  await repo.markRead(ctx.db, ctx.workspaceId, memberId, now(), id);
  return presentNotification((await repo.findNotification(ctx.db, ctx.workspaceId, memberId, id))!);
}

export async function markAllRead(ctx: RequestContext): Promise<UnreadCount> {
  await repo.markRead(ctx.db, ctx.workspaceId, memberOf(ctx), now());
  return { unread: 0 };
}

export async function listPreferences(ctx: RequestContext): Promise<{ items: NotificationPreference[] }> {
  const chosen = await channelsOf(ctx.db, ctx.workspaceId, [memberOf(ctx)]);
  return {
    items: Object.entries(NOTIFICATION_KINDS).map(([kind, { label, description, defaultChannel }]) => ({
      kind: kind as NotificationKind,
      label,
      description,
      channel: chosen(memberOf(ctx), kind as NotificationKind),
      defaultChannel,
    })),
  };
}

export async function updatePreferences(ctx: RequestContext, input: UpdateNotificationPreferencesInput) {
  const memberId = memberOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    for (const { kind, channel } of input.preferences) {
      await repo.upsertPreference(trx, { workspace_id: ctx.workspaceId, member_id: memberId, kind, channel });
    }
  });
  return listPreferences(ctx);
}

export interface NotifyInput {
  workspaceId: string;
  memberIds: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the app, e.g. `/services/<id>`. */
  link: string;
  /** The event it tells of; a member gets one notification per event, so a repeated dispatch adds none. */
  eventId?: string | null;
  /** The record it is about: acting on that record marks it read (markReadAbout). */
  subject?: NotificationSubject;
}

export interface NotificationSubject {
  type: "cheat_sheet";
  id: string;
}

/**
 * Tells members something, each through the channel they chose for the
 * kind: in_app stores it in the inbox, email also queues its e-mail,
 * digest leaves it for the daily digest, off drops it. Runs its own
 * transaction and pushes to open streams only after it commits.
 */
export async function notify(db: Db, input: NotifyInput): Promise<Notification[]> {
  const memberIds = [...new Set(input.memberIds)];
  const created = await db.transaction().execute(async (trx) => {
    const channelOf = await channelsOf(trx, input.workspaceId, memberIds);
    const rows: repo.NotificationRow[] = [];
    for (const memberId of memberIds) {
      const channel = channelOf(memberId, input.kind);
      if (channel === "off") continue;
      const row: repo.NotificationRow = {
        id: newId(),
        workspace_id: input.workspaceId,
        member_id: memberId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        link: input.link,
        event_id: input.eventId ?? null,
        channel,
        read_at: null,
        digested_at: null,
        created_at: now(),
        subject_type: input.subject?.type ?? null,
        subject_id: input.subject?.id ?? null,
      };
      if (!(await repo.insertNotification(trx, row))) continue;
      if (channel === "email") await queueNotificationEmail(trx, row);
      rows.push(row);
    }
    return rows;
  });
  const presented = created.map((row) => ({ memberId: row.member_id, notification: presentNotification(row) }));
  for (const { memberId, notification } of presented) publishNotification(memberId, notification);
  return presented.map(({ notification }) => notification);
}

async function queueNotificationEmail(trx: Executor, row: repo.NotificationRow): Promise<void> {
  await enqueueJob(trx, {
    kind: NOTIFICATION_EMAIL_JOB,
    payload: { notificationId: row.id },
    workspaceId: row.workspace_id,
    uniqueKey: `${NOTIFICATION_EMAIL_JOB}:${row.id}`,
  });
}

/** Each member's channel per kind: their choice, else the kind's default. */
async function channelsOf(db: Executor, workspaceId: string, memberIds: string[]) {
  const chosen = new Map<string, NotificationChannel>();
  for (const row of await repo.listPreferences(db, workspaceId, memberIds)) chosen.set(`${row.member_id}:${row.kind}`, row.channel);
  return (memberId: string, kind: NotificationKind): NotificationChannel =>
    chosen.get(`${memberId}:${kind}`) ?? NOTIFICATION_KINDS[kind].defaultChannel;
}

const memberOf = (ctx: RequestContext): string => ctx.actor.memberId;

/** For other modules: the member has done what these notifications asked (read the sheet they announce), so they are read. */
export async function markReadAbout(db: Executor, workspaceId: string, memberId: string, subject: NotificationSubject, kind: NotificationKind): Promise<void> {
  await repo.markReadAbout(db, { workspaceId, memberId, subjectType: subject.type, subjectId: subject.id, kind, at: now() });
}
