import { addDays, todayOf } from "#server/kernel/calendar.ts";
import { onEvent } from "#server/kernel/events/events.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import { enroll, recheckCompletion } from "./courses.enrollments.ts";
import * as repository from "./courses.repository.ts";

// Subscribers run after the change committed, in the event dispatch job; each is safe to run twice.

/** Roles that bring a member into the onboarding course. */
const ONBOARDED = ["rep", "se"] as const;

/** A member who gets the rep or se role is enrolled in the published onboarding course, due in the workspace's days. */
onEvent("member.updated", async (event, { db }) => {
  const { member, previous } = event.payload;
  const gained = ONBOARDED.some((role) => member.roles.includes(role) && !previous.roles.includes(role));
  if (!gained || member.status !== "active") return;
  const course = await repository.findOnboardingCourse(db, event.workspaceId);
  if (!course || course.status !== "published") return;
  const { training } = await readSettings(db, event.workspaceId);
  const dueOn = addDays(todayOf(new Date()), training.onboardingDueDays);
  await db.transaction().execute((trx) => enroll(trx, { workspaceId: event.workspaceId, memberId: null }, { courseId: course.id, memberIds: [member.id], source: "automatic", dueOn }));
});

/** A passed quiz may finish a course. */
onEvent("quiz_attempt.submitted", async (event, { db }) => {
  if (!event.payload.attempt.passed) return;
  await db.transaction().execute(async (trx) => {
    const open = await repository.listOpenEnrollmentsOf(trx, event.workspaceId, event.payload.attempt.member.id);
    await recheckCompletion(trx, { workspaceId: event.workspaceId, memberId: null }, open);
  });
});
