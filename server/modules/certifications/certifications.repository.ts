import type { Selectable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { CertificationEvidenceTable, CertificationRequirementsTable, CertificationsTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";

export type RequirementRow = Selectable<CertificationRequirementsTable>;
export type CertificationRow = Selectable<CertificationsTable>;
export type EvidenceRow = Selectable<CertificationEvidenceTable>;

export function findRequirement(db: Executor, workspaceId: string, serviceId: string): Promise<RequirementRow | undefined> {
  return db.selectFrom("certification_requirements").selectAll().where("workspace_id", "=", workspaceId).where("service_id", "=", serviceId).executeTakeFirst();
}

export function listRequirements(db: Executor, workspaceId: string): Promise<RequirementRow[]> {
  return db.selectFrom("certification_requirements").selectAll().where("workspace_id", "=", workspaceId).execute();
}

export async function insertRequirement(db: Executor, row: Omit<RequirementRow, "version" | "updated_at">): Promise<"ok" | "exists"> {
  try {
    await db.insertInto("certification_requirements").values({ ...row, version: 1, updated_at: row.created_at }).execute();
    return "ok";
  } catch (error) {
    if (isUniqueViolation(error)) return "exists";
    throw error;
  }
}

export async function updateRequirement(
  db: Executor,
  change: Pick<RequirementRow, "workspace_id" | "service_id" | "validity_months" | "attendance_months" | "version"> & { at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("certification_requirements")
    .set((eb) => ({ validity_months: change.validity_months, attendance_months: change.attendance_months, updated_at: change.at, version: eb("version", "+", 1) }))
    .where("workspace_id", "=", change.workspace_id)
    .where("service_id", "=", change.service_id)
    .where("version", "=", change.version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteRequirement(db: Executor, workspaceId: string, serviceId: string): Promise<boolean> {
  const result = await db.deleteFrom("certification_requirements").where("workspace_id", "=", workspaceId).where("service_id", "=", serviceId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Records evidence once: reporting the same attempt or session twice adds nothing. */
export async function insertEvidence(db: Executor, row: EvidenceRow): Promise<void> {
  await db.insertInto("certification_evidence").values(row).onConflict((oc) => oc.columns(["workspace_id", "member_id", "service_id", "kind", "ref_id"]).doNothing()).execute();
}

/** The member's latest evidence of a kind for a service, at or after `since`. */
export function latestEvidence(db: Executor, workspaceId: string, memberId: string, serviceId: string, kind: EvidenceRow["kind"], since?: string): Promise<EvidenceRow | undefined> {
  let query = db
    .selectFrom("certification_evidence")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("service_id", "=", serviceId)
    .where("kind", "=", kind);
  if (since) query = query.where("at", ">=", since);
  return query.orderBy("at", "desc").limit(1).executeTakeFirst();
}

/** The member's services with any quiz evidence, among `serviceIds`. */
export async function servicesWithQuizEvidence(db: Executor, workspaceId: string, memberId: string, serviceIds: readonly string[]): Promise<Set<string>> {
  if (serviceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("certification_evidence")
    .select("service_id")
    .distinct()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("kind", "=", "quiz")
    .where("service_id", "in", serviceIds)
    .execute();
  return new Set(rows.map((row) => row.service_id));
}

export function findCertification(db: Executor, workspaceId: string, id: string): Promise<CertificationRow | undefined> {
  return db.selectFrom("certifications").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

/** The current certification of each member and service, for some members or services (all when a filter is left out). */
export async function listCurrent(db: Executor, workspaceId: string, filter: { memberIds?: readonly string[]; serviceIds?: readonly string[] } = {}): Promise<CertificationRow[]> {
  if (filter.memberIds?.length === 0 || filter.serviceIds?.length === 0) return [];
  let query = db.selectFrom("certifications").selectAll().where("workspace_id", "=", workspaceId).where("current", "=", 1);
  if (filter.memberIds) query = query.where("member_id", "in", filter.memberIds);
  if (filter.serviceIds) query = query.where("service_id", "in", filter.serviceIds);
  return query.execute();
}

/** Where every current certification of the workspace expires: what the readiness matrix reads (from one covering index). */
export function listCurrentExpiries(db: Executor, workspaceId: string) {
  return db.selectFrom("certifications").select(["member_id", "service_id", "expires_on"]).where("workspace_id", "=", workspaceId).where("current", "=", 1).execute();
}

export function findCurrent(db: Executor, workspaceId: string, memberId: string, serviceId: string): Promise<CertificationRow | undefined> {
  return db
    .selectFrom("certifications")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("service_id", "=", serviceId)
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Soonest expiry first. `expires` bounds the expiry date: (after, onOrBefore]. */
export function listCertifications(
  db: Executor,
  workspaceId: string,
  options: { memberId?: string; serviceId?: string; history: boolean; expires?: { after?: string; onOrBefore?: string }; cursor?: string; limit: number },
): Promise<CertificationRow[]> {
  let query = db.selectFrom("certifications as c").selectAll("c").where("c.workspace_id", "=", workspaceId);
  if (!options.history) query = query.where("c.current", "=", 1);
  if (options.memberId) query = query.where("c.member_id", "=", options.memberId);
  if (options.serviceId) query = query.where("c.service_id", "=", options.serviceId);
  if (options.expires?.after) query = query.where("c.expires_on", ">", options.expires.after);
  if (options.expires?.onOrBefore) query = query.where("c.expires_on", "<=", options.expires.onOrBefore);
  if (options.cursor) query = query.where(afterCursor({ column: "c.expires_on", direction: "asc" }, "c.id", options.cursor));
  return query.orderBy("c.expires_on").orderBy("c.id").limit(options.limit + 1).execute();
}

/**
 * Adds an earning as the current one and retires the one it replaces. False
 * if the member's earning `number` exists already (two passes reported at
 * once): nothing is written.
 */
export async function insertCertification(db: Executor, row: CertificationRow): Promise<boolean> {
  const inserted = await db
    .insertInto("certifications")
    .values(row)
    .onConflict((oc) => oc.columns(["workspace_id", "member_id", "service_id", "number"]).doNothing())
    .returning("id")
    .execute();
  if (inserted.length === 0) return false;
  await db
    .updateTable("certifications")
    .set({ current: 0 })
    .where("workspace_id", "=", row.workspace_id)
    .where("member_id", "=", row.member_id)
    .where("service_id", "=", row.service_id)
    .where("number", "<", row.number)
    .where("current", "=", 1)
    .execute();
  return true;
}

/** Current certifications, any workspace, expiring on or before `onOrBefore` and after `after`: for the reminder job. */
export function listExpiringAnywhere(db: Executor, range: { after: string; onOrBefore: string }): Promise<CertificationRow[]> {
  return db
    .selectFrom("certifications as c")
    .selectAll("c")
    .where("c.expires_on", ">", range.after)
    .where("c.expires_on", "<=", range.onOrBefore)
    .where("c.current", "=", 1)
    .orderBy("c.expires_on")
    .execute();
}

export async function remindersSent(db: Executor, certificationIds: readonly string[]): Promise<Map<string, Set<number>>> {
  const sent = new Map<string, Set<number>>();
  if (certificationIds.length === 0) return sent;
  const rows = await db.selectFrom("certification_reminders").select(["certification_id", "days_before"]).where("certification_id", "in", certificationIds).execute();
  for (const row of rows) sent.set(row.certification_id, (sent.get(row.certification_id) ?? new Set()).add(row.days_before));
  return sent;
}

/** Marks reminders sent; false if another run marked `days[0]` already (then the caller sends nothing). */
export async function markReminders(db: Executor, certification: Pick<CertificationRow, "id" | "workspace_id">, days: readonly number[], at: string): Promise<boolean> {
  const inserted = await db
    .insertInto("certification_reminders")
    .values(days.map((days_before) => ({ certification_id: certification.id, workspace_id: certification.workspace_id, days_before, sent_at: at })))
    .onConflict((oc) => oc.columns(["certification_id", "days_before"]).doNothing())
    .returning("days_before")
    .execute();
  return inserted.some((row) => row.days_before === days[0]);
}
