import type { Actor } from "#server/kernel/access.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { insertEntry } from "./audit.repository.ts";

export interface AuditChange {
  action: "create" | "update" | "delete";
  recordType: string;
  recordId: string;
  /** One line a person reads in the log, e.g. `Service "Cloud migration"`. */
  summary: string;
  before?: object | null;
  after?: object | null;
}

export type AuditActor = Pick<Actor, "memberId" | "name" | "workspaceId">;

/**
 * Every mutation calls this with the transaction it runs in, so the entry
 * exists exactly when the change does. Snapshots never hold secrets: callers
 * pass presented records, not rows.
 */
export async function writeAudit(trx: Executor, actor: AuditActor, change: AuditChange): Promise<void> {
  await insertEntry(trx, {
    id: newId(),
    workspace_id: actor.workspaceId,
    actor_member_id: actor.memberId,
    actor_name: actor.name,
    action: change.action,
    record_type: change.recordType,
    record_id: change.recordId,
    summary: change.summary,
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
    at: now(),
  });
}
