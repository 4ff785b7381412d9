import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { conflict, notFound, staleVersion } from "#server/kernel/errors.ts";
import { recordEvent, type EventActor } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import { serviceRefs } from "#server/modules/services/services.service.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import type { Certification, CertificationListQuery, PutRequirementInput, Requirement } from "#shared/contracts/certifications.ts";
import type { Page } from "#shared/contracts/common.ts";
import { requirementPolicy, seesEveryonesReadiness } from "#shared/policies/certifications.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";
import { addDays, addMonths, todayOf } from "#server/kernel/calendar.ts";
import { certificationState, expiryOf, type CertificationState } from "./certifications.dates.ts";
import { certificationSummary, presentCertification, presentCertificationRecord, presentRequirement, presentRequirementRecord, requirementSummary } from "./certifications.presenter.ts";
import * as repository from "./certifications.repository.ts";

type Caller = PolicyActor & { workspaceId: string };
/** Who reported the evidence: a member (then the earning is audited under their name) or the system (`memberId` null). */
export type EvidenceActor = EventActor & { name?: string };

async function serviceRef(db: Executor, workspaceId: string, serviceId: string) {
  const service = (await serviceRefs(db, workspaceId, [serviceId])).get(serviceId);
  if (!service) throw notFound("service");
  return service;
}

export async function getRequirement(ctx: RequestContext, serviceId: string): Promise<Requirement> {
  const service = await serviceRef(ctx.db, ctx.workspaceId, serviceId);
  const row = await repository.findRequirement(ctx.db, ctx.workspaceId, serviceId);
  if (!row) throw notFound("certification requirement");
  return presentRequirement(presentRequirementRecord(row, service), ctx.actor);
}

/** Creates the requirement (no `version`) or changes it (with the version read). Certifications already earned keep their expiry. */
export async function putRequirement(ctx: RequestContext, serviceId: string, input: PutRequirementInput): Promise<{ requirement: Requirement; created: boolean }> {
  enforce(requirementPolicy.update(ctx.actor));
  const created = await inTransaction(ctx.db, async (trx) => {
    const service = await serviceRef(trx, ctx.workspaceId, serviceId);
    const current = await repository.findRequirement(trx, ctx.workspaceId, serviceId);
    const at = now();
    if (!current) {
      if (input.version !== undefined) throw notFound("certification requirement");
      const row = { workspace_id: ctx.workspaceId, service_id: serviceId, validity_months: input.validityMonths, attendance_months: input.attendanceMonths, created_at: at };
      if ((await repository.insertRequirement(trx, row)) === "exists") throw staleVersion("certification requirement");
    } else {
      if (input.version === undefined) throw conflict("requirement_exists", "This service has a certification requirement already: send the version you read to change it.", "body.version");
      const change = { workspace_id: ctx.workspaceId, service_id: serviceId, validity_months: input.validityMonths, attendance_months: input.attendanceMonths, version: input.version, at };
      if (!(await repository.updateRequirement(trx, change))) throw staleVersion("certification requirement");
    }
    const after = presentRequirementRecord((await repository.findRequirement(trx, ctx.workspaceId, serviceId))!, service);
    const before = current ? presentRequirementRecord(current, service) : null;
    await writeAudit(trx, ctx.actor, { action: current ? "update" : "create", recordType: "certification_requirement", recordId: serviceId, summary: requirementSummary(after), before, after });
    return !current;
  });
  return { requirement: await getRequirement(ctx, serviceId), created };
}

/** The service no longer needs a certification; certifications earned stay in the history. */
export async function deleteRequirement(ctx: RequestContext, serviceId: string): Promise<void> {
  enforce(requirementPolicy.delete(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    const service = await serviceRef(trx, ctx.workspaceId, serviceId);
    const current = await repository.findRequirement(trx, ctx.workspaceId, serviceId);
    if (!current) throw notFound("certification requirement");
    await repository.deleteRequirement(trx, ctx.workspaceId, serviceId);
    const before = presentRequirementRecord(current, service);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "certification_requirement", recordId: serviceId, summary: requirementSummary(before), before });
  });
}

async function presentRows(db: Executor, actor: Caller, rows: readonly repository.CertificationRow[]): Promise<Certification[]> {
  const [members, services, settings] = await Promise.all([
    memberRefs(db, actor.workspaceId, rows.map((row) => row.member_id)),
    serviceRefs(db, actor.workspaceId, rows.map((row) => row.service_id)),
    readSettings(db, actor.workspaceId),
  ]);
  const today = todayOf(now());
  return rows.map((row) =>
    presentCertification(row, { members, services, today, expiringDays: settings.training.expiringDays, actor }),
  );
}

/** The expiry bounds of a state on `today`: expired on or before today, expiring within the setting's days, certified after. */
function expiryRange(state: CertificationListQuery["state"], today: string, expiringDays: number) {
  const limit = addDays(today, expiringDays);
  if (state === "expired") return { onOrBefore: today };
  if (state === "expiring") return { after: today, onOrBefore: limit };
  if (state === "certified") return { after: limit };
  return undefined;
}

/** Members who do not see everyone's readiness see their own certifications only; the rule is in the query. */
export async function listCertifications(ctx: RequestContext, query: CertificationListQuery): Promise<Page<Certification>> {
  const everyone = seesEveryonesReadiness(ctx.actor);
  if (!everyone && query.memberId && query.memberId !== ctx.actor.memberId) return { items: [], nextCursor: null };
  const { training } = await readSettings(ctx.db, ctx.workspaceId);
  const rows = await repository.listCertifications(ctx.db, ctx.workspaceId, {
    memberId: everyone ? query.memberId : ctx.actor.memberId,
    serviceId: query.serviceId,
    history: query.history,
    expires: expiryRange(query.state, todayOf(now()), training.expiringDays),
    cursor: query.cursor,
    limit: query.limit,
  });
  const presented = new Map((await presentRows(ctx.db, ctx.actor, rows.slice(0, query.limit))).map((item) => [item.id, item]));
  return toPage(rows, query.limit, (row) => [row.expires_on, row.id], (row) => presented.get(row.id)!);
}

export async function visibleCertification(db: Executor, actor: Caller, id: string): Promise<repository.CertificationRow> {
  const row = await repository.findCertification(db, actor.workspaceId, id);
  if (!row || (row.member_id !== actor.memberId && !seesEveryonesReadiness(actor))) throw notFound("certification");
  return row;
}

export async function getCertification(ctx: RequestContext, id: string): Promise<Certification> {
  return (await presentRows(ctx.db, ctx.actor, [await visibleCertification(ctx.db, ctx.actor, id)]))[0]!;
}

/**
 * Earns the member's certification for the service if everything it needs
 * is there: the requirement, a quiz passed since the current certification
 * (if any), and — if the requirement asks — a linked session attended in its
 * window. Runs whenever evidence arrives, so the order does not matter.
 */
async function evaluate(trx: Executor, actor: EvidenceActor, memberId: string, serviceId: string): Promise<void> {
  const { workspaceId } = actor;
  const requirement = await repository.findRequirement(trx, workspaceId, serviceId);
  if (!requirement) return;
  const current = await repository.findCurrent(trx, workspaceId, memberId, serviceId);
  const pass = await repository.latestEvidence(trx, workspaceId, memberId, serviceId, "quiz", current?.earned_at);
  if (!pass || (current && pass.at <= current.earned_at)) return;
  const at = now();
  const today = todayOf(at);
  if (requirement.attendance_months !== null) {
    const attended = await repository.latestEvidence(trx, workspaceId, memberId, serviceId, "attendance", addMonths(today, -requirement.attendance_months));
    if (!attended) return;
  }
  const row: repository.CertificationRow = {
    id: newId(),
    workspace_id: workspaceId,
    member_id: memberId,
    service_id: serviceId,
    number: (current?.number ?? 0) + 1,
    earned_at: at,
    earned_on: today,
    expires_on: expiryOf(today, requirement.validity_months),
    validity_months: requirement.validity_months,
    quiz_attempt_id: pass.ref_id,
    current: 1,
  };
  if (!(await repository.insertCertification(trx, row))) return;
  const [members, services] = await Promise.all([memberRefs(trx, workspaceId, [memberId]), serviceRefs(trx, workspaceId, [serviceId])]);
  const certification = presentCertificationRecord(row, { members, services });
  if (actor.memberId && actor.name) await writeAudit(trx, { workspaceId, memberId: actor.memberId, name: actor.name }, { action: "create", recordType: "certification", recordId: row.id, summary: certificationSummary(certification), after: certification });
  await recordEvent(trx, actor, { type: "certification.earned", recordType: "certification", recordId: row.id, payload: { certification, renewal: row.number > 1 } });
}

/** For the quizzes module: the member passed the service's quiz (in the caller's transaction). */
export async function recordQuizPass(trx: Executor, actor: EvidenceActor, pass: { memberId: string; serviceId: string; attemptId: string; at: string }): Promise<void> {
  await repository.insertEvidence(trx, { id: newId(), workspace_id: actor.workspaceId, member_id: pass.memberId, service_id: pass.serviceId, kind: "quiz", ref_id: pass.attemptId, at: pass.at });
  await evaluate(trx, actor, pass.memberId, pass.serviceId);
}

/** For the training sessions: the member attended a session linked to these services. */
export async function recordAttendance(trx: Executor, actor: EvidenceActor, attendance: { memberId: string; serviceIds: readonly string[]; occurrenceId: string; at: string }): Promise<void> {
  for (const serviceId of attendance.serviceIds) {
    await repository.insertEvidence(trx, { id: newId(), workspace_id: actor.workspaceId, member_id: attendance.memberId, service_id: serviceId, kind: "attendance", ref_id: attendance.occurrenceId, at: attendance.at });
    await evaluate(trx, actor, attendance.memberId, serviceId);
  }
}

/**
 * The services among `serviceIds` whose quiz the member may take again
 * though they passed it: their certification is expiring or expired
 * (renewal), or they passed before the service required one.
 */
export async function quizReopenedFor(db: Executor, workspaceId: string, memberId: string, serviceIds: readonly string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const [requirements, current, evidenced, settings] = await Promise.all([
    repository.listRequirements(db, workspaceId),
    repository.listCurrent(db, workspaceId, { memberIds: [memberId], serviceIds }),
    repository.servicesWithQuizEvidence(db, workspaceId, memberId, serviceIds),
    readSettings(db, workspaceId),
  ]);
  const required = new Set(requirements.map((row) => row.service_id));
  const today = todayOf(now());
  const open = new Set<string>();
  for (const serviceId of serviceIds) {
    if (!required.has(serviceId)) continue;
    const held = current.find((row) => row.service_id === serviceId);
    if (!held) {
      if (!evidenced.has(serviceId)) open.add(serviceId);
      continue;
    }
    if (certificationState({ expiresOn: held.expires_on }, today, settings.training.expiringDays).state !== "certified") open.add(serviceId);
  }
  return open;
}

/** For readiness: every current certification of the workspace by member and service, where each stands today, and the services that need one. */
export async function workspaceCertifications(db: Executor, workspaceId: string) {
  const [current, requirements, settings] = await Promise.all([repository.listCurrentExpiries(db, workspaceId), repository.listRequirements(db, workspaceId), readSettings(db, workspaceId)]);
  const today = todayOf(now());
  const held = new Map<string, Map<string, { state: CertificationState; expiresOn: string }>>();
  for (const row of current) {
    const { state } = certificationState({ expiresOn: row.expires_on }, today, settings.training.expiringDays);
    let services = held.get(row.member_id);
    if (!services) held.set(row.member_id, (services = new Map()));
    services.set(row.service_id, { state, expiresOn: row.expires_on });
  }
  return { required: new Set(requirements.map((row) => row.service_id)), held };
}
