import type { Db } from "#server/kernel/db/database.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { now } from "#server/kernel/ids.ts";
import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import { serviceRefs } from "#server/modules/services/services.service.ts";
import { addDays, daysFrom, todayOf } from "#server/kernel/calendar.ts";
import { REMINDER_DAYS, dueReminder } from "./certifications.dates.ts";
import { presentCertificationRecord } from "./certifications.presenter.ts";
import * as repository from "./certifications.repository.ts";
import "./certifications.notifications.ts";

export const CERTIFICATION_REMINDERS_JOB = "certifications.reminders";
/** Daily, early in the European morning. */
export const CERTIFICATION_REMINDERS_CRON = "15 5 * * *";


/**
 * Sends each due reminder once: `certification.expiring` at 30 and 7 days
 * left, `certification.expired` on the expiry day. Certifications that
 * expired more than 30 days ago are left alone (a job that was off that
 * long does not wake everyone up). Each reminder is marked in its event's transaction.
 */
export async function sendCertificationReminders(db: Db, today: string = todayOf(now())): Promise<number> {
  const due = await repository.listExpiringAnywhere(db, { after: addDays(today, -30), onOrBefore: addDays(today, REMINDER_DAYS[0]) });
  const sent = await repository.remindersSent(db, due.map((row) => row.id));
  let count = 0;
  for (const row of due) {
    const reminder = dueReminder(row.expires_on, today, sent.get(row.id) ?? new Set());
    if (!reminder) continue;
    await db.transaction().execute(async (trx) => {
      const days = [reminder.days, ...reminder.covers.filter((covered) => covered !== reminder.days)];
      if (!(await repository.markReminders(trx, row, days, now()))) return;
      const [members, services] = await Promise.all([memberRefs(trx, row.workspace_id, [row.member_id]), serviceRefs(trx, row.workspace_id, [row.service_id])]);
      const certification = presentCertificationRecord(row, { members, services });
      const actor = { workspaceId: row.workspace_id, memberId: null };
      const event = { recordType: "certification", recordId: row.id };
      if (reminder.days === 0) await recordEvent(trx, actor, { ...event, type: "certification.expired", payload: { certification } });
      else await recordEvent(trx, actor, { ...event, type: "certification.expiring", payload: { certification, daysLeft: daysFrom(today, row.expires_on) } });
      count++;
    });
  }
  return count;
}

export const certificationRemindersHandler: JobHandler = async (_payload, { db, logger }) => {
  const sent = await sendCertificationReminders(db);
  if (sent > 0) logger.info({ sent }, "sent certification reminders");
};
