import { formatLongDate as longDate } from "#server/kernel/calendar.ts";
import { onEvent } from "#server/kernel/events/events.ts";
import { activeMemberIdsWithRole } from "#server/modules/members/members.service.ts";
import { notify } from "#server/modules/notifications/notifications.service.ts";

// Subscribers: notify keeps one notification per member and event, so a repeated dispatch adds nothing.

const MY_TRAINING = "/training";

onEvent("certification.earned", async (event, { db }) => {
  const { certification, renewal } = event.payload;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [certification.member.id],
    kind: "training.certification",
    title: `${renewal ? "Renewed" : "Certified"}: ${certification.service.name}`,
    body: `You may sell ${certification.service.name} until ${longDate(certification.expiresOn)}. Your certificate is in My training.`,
    link: MY_TRAINING,
    eventId: event.id,
  });
});

onEvent("certification.expiring", async (event, { db }) => {
  const { certification, daysLeft } = event.payload;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [certification.member.id],
    kind: "training.certification",
    title: `Renew ${certification.service.name}: ${daysLeft} days left`,
    body: `Your certification for ${certification.service.name} expires on ${longDate(certification.expiresOn)}. Take its quiz again to renew it.`,
    link: MY_TRAINING,
    eventId: event.id,
  });
});

onEvent("certification.expired", async (event, { db }) => {
  const { certification } = event.payload;
  const managers = await activeMemberIdsWithRole(db, event.workspaceId, "sales_manager");
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [certification.member.id],
    kind: "training.certification",
    title: `Expired: ${certification.service.name}`,
    body: `Your certification for ${certification.service.name} expired today. Take its quiz again to sell it certified.`,
    link: MY_TRAINING,
    eventId: event.id,
  });
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: managers.filter((id) => id !== certification.member.id),
    kind: "training.certification",
    title: `${certification.member.name}: ${certification.service.name} expired`,
    body: `${certification.member.name}'s certification for ${certification.service.name} expired today.`,
    link: "/readiness",
    eventId: event.id,
  });
});
