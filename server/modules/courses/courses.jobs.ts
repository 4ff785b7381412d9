import { addDays, todayOf } from "#server/kernel/calendar.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { now } from "#server/kernel/ids.ts";
import type { Db } from "#server/kernel/db/database.ts";
import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import * as repository from "./courses.repository.ts";
import "./courses.notifications.ts";
import "./courses.subscribers.ts";

export const OVERDUE_ENROLLMENTS_JOB = "courses.overdue";
/** Daily, early in the European morning. */
export const OVERDUE_ENROLLMENTS_CRON = "30 5 * * *";
/** While it stays overdue, the member is reminded this often. */
export const OVERDUE_REMINDER_DAYS = 7;

/** Records `enrollment.overdue` for each open enrollment past its due date not reminded this week; each marked in its event's transaction. */
export const overdueEnrollmentsHandler: JobHandler = async (_payload, { db }) => {
  const today = todayOf(now());
  const remindedBefore = addDays(today, -OVERDUE_REMINDER_DAYS);
  for (;;) {
    const due = await repository.listOverdueToRemind(db, today, remindedBefore);
    for (const row of due) await remindOverdue(db, row, today);
    // Each one reminded leaves the list, so the next read is the next batch.
    if (due.length < repository.OVERDUE_BATCH) return;
  }
};

/** Marks the enrollment reminded in the transaction of its `enrollment.overdue` event. */
async function remindOverdue(db: Db, row: repository.EnrollmentRow, today: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repository.markReminded(trx, row.id, today);
    const [course, members] = await Promise.all([repository.findCourse(trx, row.workspace_id, row.course_id), memberRefs(trx, row.workspace_id, [row.member_id])]);
    const member = members.get(row.member_id) ?? { id: row.member_id, name: "Former member", email: "" };
    await recordEvent(trx, { workspaceId: row.workspace_id, memberId: null }, {
      type: "enrollment.overdue",
      recordType: "enrollment",
      recordId: row.id,
      payload: { enrollment: { id: row.id, course: { id: row.course_id, title: course?.title ?? "Removed course" }, member, source: row.source, enrolledAt: row.enrolled_at, dueOn: row.due_on, completedAt: row.completed_at } },
    });
  });
}
