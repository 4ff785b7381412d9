import type { RequestContext } from "#server/kernel/context.ts";
import { now } from "#server/kernel/ids.ts";
import { countPublishedSheets } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { countTerms } from "#server/modules/glossary/glossary.service.ts";
import { countInvitations } from "#server/modules/invitations/invitations.service.ts";
import { countActiveMembers } from "#server/modules/members/members.service.ts";
import { countPublishedQuizzes } from "#server/modules/quizzes/quizzes.service.ts";
import { countServices } from "#server/modules/services/services.service.ts";
import type { GettingStarted } from "#shared/contracts/onboarding.ts";
import type { GettingStartedStepKey } from "#shared/policies/onboarding.ts";
import { presentGettingStarted } from "./onboarding.presenter.ts";
import * as repository from "./onboarding.repository.ts";

/** How far each step has come, read from the records each step makes — never a flag someone could forget to set. */
async function stepCounts(ctx: RequestContext): Promise<Record<GettingStartedStepKey, number>> {
  const [invitations, members, services, terms, sheets, quizzes] = await Promise.all([
    countInvitations(ctx.db, ctx.workspaceId),
    countActiveMembers(ctx.db, ctx.workspaceId),
    countServices(ctx.db, ctx.workspaceId),
    countTerms(ctx.db, ctx.workspaceId),
    countPublishedSheets(ctx.db, ctx.workspaceId),
    countPublishedQuizzes(ctx.db, ctx.workspaceId),
  ]);
  // The founder is the first member; anyone beyond them, or any invitation sent, counts.
  return { invite_people: Math.max(invitations, members - 1), define_service: services, explain_terms: terms, publish_cheat_sheet: sheets, build_training: quizzes };
}

export async function getGettingStarted(ctx: RequestContext): Promise<GettingStarted> {
  const [counts, dismissed] = await Promise.all([stepCounts(ctx), repository.isDismissed(ctx.db, ctx.workspaceId, ctx.actor.memberId)]);
  return presentGettingStarted(counts, dismissed, ctx.actor);
}

export async function dismissGettingStarted(ctx: RequestContext): Promise<GettingStarted> {
  await repository.insertDismissal(ctx.db, ctx.workspaceId, ctx.actor.memberId, now());
  return getGettingStarted(ctx);
}

export async function restoreGettingStarted(ctx: RequestContext): Promise<GettingStarted> {
  await repository.deleteDismissal(ctx.db, ctx.workspaceId, ctx.actor.memberId);
  return getGettingStarted(ctx);
}
