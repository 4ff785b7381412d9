import type { Executor } from "../db/database.ts";
import type { OutboxMessagesTable } from "../db/schema.ts";

export async function insertOutboxMessage(db: Executor, row: OutboxMessagesTable): Promise<void> {
  await db.insertInto("outbox_messages").values(row).execute();
}

/** The newest messages a workspace sent, limit + 1 (the extra one tells that there are more). */
export function listOutboxMessages(db: Executor, workspaceId: string, limit: number) {
  return db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit + 1)
    .execute();
}

export function findOutboxMessage(db: Executor, workspaceId: string, fileName: string) {
  return db
    .selectFrom("outbox_messages")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("file_name", "=", fileName)
    .executeTakeFirst();
}
