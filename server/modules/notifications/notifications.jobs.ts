import { z } from "zod";
import { onEvent } from "#server/kernel/events/events.ts";
import { now } from "#server/kernel/ids.ts";
import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { renderMail } from "#server/kernel/mail/mail-template.ts";
import { appUrl, mailerFromEnv, type MailEnv } from "#server/kernel/mail/mailer.ts";
import { activeMemberIdsWithRole, memberRefs } from "#server/modules/members/members.service.ts";
import { describeRoles } from "#shared/contracts/common.ts";
import * as repo from "./notifications.repository.ts";
import { NOTIFICATION_EMAIL_JOB, notify } from "./notifications.service.ts";

/** Where to send a member's e-mail; nothing for a deactivated member. */
async function findRecipient(db: Parameters<typeof memberRefs>[0], workspaceId: string, memberId: string) {
  return (await memberRefs(db, workspaceId, [memberId], { activeOnly: true })).get(memberId);
}

export { NOTIFICATION_EMAIL_JOB };
export const NOTIFICATION_DIGEST_JOB = "notifications.digest";
/** Daily at 07:00 UTC. */
export const NOTIFICATION_DIGEST_CRON = "0 7 * * *";
export const PREFERENCES_PATH = "/settings/notifications";

// Subscribers: the event dispatch job may run again after a failure; notify
// keeps one notification per member and event, so a repeat adds nothing.

onEvent("service.created", async (event, { db }) => {
  const { service } = event.payload;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: await pmoExceptActor(db, event.workspaceId, event.actorMemberId),
    kind: "catalog.changed",
    title: `New service: ${service.name}`,
    body: `${service.name} was added to the service catalog.`,
    link: `/services/${service.id}`,
    eventId: event.id,
  });
});

onEvent("service.updated", async (event, { db }) => {
  const { service } = event.payload;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: await pmoExceptActor(db, event.workspaceId, event.actorMemberId),
    kind: "catalog.changed",
    title: `Service changed: ${service.name}`,
    body: `${service.name} was changed in the service catalog.`,
    link: `/services/${service.id}`,
    eventId: event.id,
  });
});

onEvent("member.updated", async (event, { db }) => {
  const { member, previous } = event.payload;
  if ([...member.roles].sort().join() === [...previous.roles].sort().join()) return;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [member.id],
    kind: "account.roles_changed",
    title: "Your roles changed",
    body: `Your roles are now: ${describeRoles(member.roles)} (before: ${describeRoles(previous.roles)}).`,
    link: "/",
    eventId: event.id,
  });
});

async function pmoExceptActor(db: Parameters<typeof activeMemberIdsWithRole>[0], workspaceId: string, actorId: string | null) {
  return (await activeMemberIdsWithRole(db, workspaceId, "pmo")).filter((id) => id !== actorId);
}

const EmailPayloadSchema = z.object({ notificationId: z.string() });

/**
 * The job handlers of notifications. They send e-mail, so they take the
 * environment (SMTP_URL, MAIL_FROM, DATA_DIR, PUBLIC_URL) when the job
 * runtime builds its handlers, instead of reading process.env.
 */
export function notificationJobHandlers(env: MailEnv): Record<string, JobHandler> {
  const preferencesUrl = appUrl(env, PREFERENCES_PATH);

  /** One notification by e-mail. A retry after a sent-but-unrecorded attempt may send it twice; mail is at least once. */
  const sendEmail: JobHandler = async (payload, { db }) => {
    const { notificationId } = EmailPayloadSchema.parse(payload);
    const row = await repo.findNotificationById(db, notificationId);
    if (!row) return;
    const recipient = await findRecipient(db, row.workspace_id, row.member_id);
    if (!recipient) return;
    const mailer = mailerFromEnv(env);
    try {
      await mailer.send({
        to: recipient.email,
        workspaceId: row.workspace_id,
        unsubscribeUrl: preferencesUrl,
        ...renderMail({
          subject: row.title,
          greeting: `Hello ${recipient.name},`,
          paragraphs: [row.title, row.body],
          action: { label: "Open in Tandem", url: appUrl(env, row.link) },
          preferencesUrl,
        }),
      }, db);
    } finally {
      mailer.close();
    }
  };

  /**
   * Every member with digest notifications no digest carried yet gets one
   * e-mail of them — after a missed day, the digest simply covers more. Each
   * member's are marked digested in the transaction that sends theirs, so a
   * rerun (or a retry after a failure part-way) sends nothing twice.
   */
  const sendDigests: JobHandler = async (_payload, { db }) => {
    const mailer = mailerFromEnv(env);
    try {
      for (const { workspace_id: workspaceId, member_id: memberId } of await repo.listDigestMembers(db)) {
        await db.transaction().execute(async (trx) => {
          const rows = await repo.listUndigested(trx, workspaceId, memberId);
          await repo.markDigested(trx, rows.map((row) => row.id), now());
          const recipient = await findRecipient(trx, workspaceId, memberId);
          if (!recipient || rows.length === 0) return;
          await mailer.send({
            to: recipient.email,
            workspaceId,
            unsubscribeUrl: preferencesUrl,
            ...renderMail({
              subject: `Your Tandem digest: ${rows.length} notification${rows.length === 1 ? "" : "s"}`,
              greeting: `Hello ${recipient.name},`,
              paragraphs: [
                "Here is what happened in Tandem since your last digest.",
                ...rows.map((row) => `${row.title} — ${row.body} (${appUrl(env, row.link)})`),
              ],
              action: { label: "Open your inbox", url: appUrl(env, "/notifications") },
              preferencesUrl,
            }),
          }, trx);
        });
      }
    } finally {
      mailer.close();
    }
  };

  return { [NOTIFICATION_EMAIL_JOB]: sendEmail, [NOTIFICATION_DIGEST_JOB]: sendDigests };
}
