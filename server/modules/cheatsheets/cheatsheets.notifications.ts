import { onEvent } from "#server/kernel/events/events.ts";
import { activeMemberIdsWithRole } from "#server/modules/members/members.service.ts";
import { notify } from "#server/modules/notifications/notifications.service.ts";

// Subscribers: the event dispatch job may run again after a failure; notify
// keeps one notification per member and event, so a repeat adds nothing.

const link = (id: string) => `/cheatsheets/${id}`;

onEvent("cheatsheet.published", async (event, { db }) => {
  const { sheet, versionNumber } = event.payload;
  const reps = await activeMemberIdsWithRole(db, event.workspaceId, "rep");
  const first = versionNumber === 1;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: reps.filter((id) => id !== event.actorMemberId),
    kind: "cheatsheet.published",
    title: first ? `New cheat sheet: ${sheet.title}` : `Cheat sheet updated: ${sheet.title}`,
    body: first ? `"${sheet.title}" is published. Read it and mark it as read.` : `"${sheet.title}" has a new version (${versionNumber}). Read what changed and mark it as read.`,
    link: link(sheet.id),
    eventId: event.id,
    // Acknowledging the sheet marks this read (cheatsheets.receipts.ts).
    subject: { type: "cheat_sheet", id: sheet.id },
  });
  const author = event.payload.sheet.owner?.id;
  if (author && author !== event.actorMemberId) {
    await notify(db, {
      workspaceId: event.workspaceId,
      memberIds: [author],
      kind: "cheatsheet.review",
      title: `Published: ${sheet.title}`,
      body: `"${sheet.title}" was approved and published as version ${versionNumber}.`,
      link: link(sheet.id),
      eventId: event.id,
    });
  }
});

onEvent("cheatsheet.submitted", async (event, { db }) => {
  const { sheet } = event.payload;
  const reviewers = [
    ...(await activeMemberIdsWithRole(db, event.workspaceId, "pmo")),
    ...(await activeMemberIdsWithRole(db, event.workspaceId, "pm")),
  ];
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: reviewers.filter((id) => id !== event.actorMemberId && id !== sheet.draftAuthor?.id),
    kind: "cheatsheet.review",
    title: event.payload.resubmitted ? `Review requested again: ${sheet.title}` : `Review requested: ${sheet.title}`,
    body: `${event.payload.resubmitted ? `"${sheet.title}" was changed during its review and` : `"${sheet.title}"`} waits for a review.${event.payload.comment ? ` Note: ${event.payload.comment}` : ""}`,
    link: link(sheet.id),
    eventId: event.id,
  });
});

onEvent("cheatsheet.changes_requested", async (event, { db }) => {
  const { sheet, comment } = event.payload;
  const author = sheet.draftAuthor?.id ?? sheet.owner?.id;
  if (!author) return;
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: [author].filter((id) => id !== event.actorMemberId),
    kind: "cheatsheet.review",
    title: `Changes requested: ${sheet.title}`,
    body: comment,
    link: link(sheet.id),
    eventId: event.id,
  });
});

onEvent("cheatsheet.stale", async (event, { db }) => {
  const { sheet } = event.payload;
  const owners = sheet.owner ? [sheet.owner.id] : await activeMemberIdsWithRole(db, event.workspaceId, "pmo");
  await notify(db, {
    workspaceId: event.workspaceId,
    memberIds: owners,
    kind: "cheatsheet.stale",
    title: `Re-verify: ${sheet.title}`,
    body: `"${sheet.title}" passed its verification date. Check it is still right and re-verify it, or edit it.`,
    link: link(sheet.id),
    eventId: event.id,
  });
});
