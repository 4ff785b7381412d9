import { formatLongDate as longDate } from "#server/kernel/calendar.ts";
import { onEvent } from "#server/kernel/events/events.ts";
import { activeMemberIdsWithRole } from "#server/modules/members/members.service.ts";
import { notify } from "#server/modules/notifications/notifications.service.ts";


onEvent("enrollment.created", async (event, { db }) => {
  const { enrollment } = event.payload;
  if (enrollment.member.id === event.actorMemberId) return;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [enrollment.member.id],
    kind: "training.course",
    title: `New course: ${enrollment.course.title}`,
    body: `You are enrolled in "${enrollment.course.title}"${enrollment.dueOn ? `, due ${longDate(enrollment.dueOn)}` : ""}. It is in My training.`,
    link: "/training",
    eventId: event.id,
  });
});

/** The member is reminded; the sales managers are told who is behind. */
onEvent("enrollment.overdue", async (event, { db }) => {
  const { enrollment } = event.payload;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [enrollment.member.id],
    kind: "training.course",
    title: `Overdue: ${enrollment.course.title}`,
    body: `"${enrollment.course.title}" was due ${longDate(enrollment.dueOn!)}. Finish it in My training.`,
    link: "/training",
    eventId: event.id,
  });
  const managers = await activeMemberIdsWithRole(db, event.workspaceId, "sales_manager");
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: managers.filter((id) => id !== enrollment.member.id),
    kind: "training.course",
    title: `${enrollment.member.name} is behind on ${enrollment.course.title}`,
    body: `"${enrollment.course.title}" was due ${longDate(enrollment.dueOn!)} and is not finished.`,
    link: "/readiness",
    eventId: event.id,
  });
});
