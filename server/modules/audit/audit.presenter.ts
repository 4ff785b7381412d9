import type { AuditEntry } from "#shared/contracts/audit.ts";
import type { AuditRow } from "./audit.repository.ts";

type Snapshot = Record<string, unknown>;

const parseSnapshot = (json: string | null): Snapshot | null => (json === null ? null : (JSON.parse(json) as Snapshot));

/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  ) ?? "undefined";
}

/** Fields every write changes; listing them would hide what a person changed. */
const BOOKKEEPING = new Set(["version", "updatedAt"]);

/** Top-level fields whose values differ; on a create or delete, every field present. */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter(
    (key) => !(before && after && BOOKKEEPING.has(key)) && canonical(before?.[key]) !== canonical(after?.[key]),
  );
}

export function presentAuditEntry(row: AuditRow): AuditEntry {
  const before = parseSnapshot(row.before);
  const after = parseSnapshot(row.after);
  return {
    id: row.id,
    actor: { id: row.actor_member_id, name: row.actor_name },
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    summary: row.summary,
    before,
    after,
    changedFields: changedFields(before, after),
    at: row.at,
  };
}
