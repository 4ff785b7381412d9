import type { Executor } from "#server/kernel/db/database.ts";
import type { AuditEntriesTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";

export type AuditRow = AuditEntriesTable;

export interface AuditFilter {
  memberId?: string;
  recordType?: string;
  recordId?: string;
  action?: AuditEntriesTable["action"];
  /** Inclusive lower bound on `at` (ISO timestamp). */
  fromAt?: string;
  /** Exclusive upper bound on `at` (ISO timestamp). */
  beforeAt?: string;
}

/** The log reads newest first; (at, id) is the tail of every audit index. */
export const AUDIT_ORDER = { column: "audit_entries.at", direction: "desc" } as const;

export async function listAuditEntries(
  db: Executor,
  workspaceId: string,
  options: { filter: AuditFilter; cursor?: string; limit: number },
): Promise<AuditRow[]> {
  const { filter, cursor, limit } = options;
  let query = db.selectFrom("audit_entries").selectAll().where("audit_entries.workspace_id", "=", workspaceId);
  if (filter.memberId) query = query.where("audit_entries.actor_member_id", "=", filter.memberId);
  if (filter.recordType) query = query.where("audit_entries.record_type", "=", filter.recordType);
  if (filter.recordId) query = query.where("audit_entries.record_id", "=", filter.recordId);
  if (filter.action) query = query.where("audit_entries.action", "=", filter.action);
  if (filter.fromAt) query = query.where("audit_entries.at", ">=", filter.fromAt);
  if (filter.beforeAt) query = query.where("audit_entries.at", "<", filter.beforeAt);
  if (cursor) query = query.where(afterCursor(AUDIT_ORDER, "audit_entries.id", cursor));
  return query
    .orderBy("audit_entries.at", "desc")
    .orderBy("audit_entries.id", "desc")
    .limit(limit + 1)
    .execute();
}

export async function findAuditEntry(db: Executor, workspaceId: string, id: string): Promise<AuditRow | undefined> {
  return db
    .selectFrom("audit_entries")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertEntry(db: Executor, entry: AuditRow): Promise<void> {
  await db.insertInto("audit_entries").values(entry).execute();
}
