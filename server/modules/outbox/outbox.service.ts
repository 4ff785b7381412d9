import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { RequestContext } from "#server/kernel/context.ts";
import { AppError, notFound } from "#server/kernel/errors.ts";
import { outboxDir } from "#server/kernel/mail/mailer.ts";
import { findOutboxMessage, listOutboxMessages } from "#server/kernel/mail/outbox.repository.ts";
import { OUTBOX_NAME_PATTERN, type OutboxList, type OutboxListQuery, type OutboxMessage } from "#shared/contracts/outbox.ts";
import { presentMessage, presentSummary } from "./outbox.presenter.ts";

export interface OutboxConfig {
  dataDir: string;
  smtpUrl?: string | undefined;
}

/** With SMTP_URL set, mail leaves through the server and nothing is written to the outbox. */
function mustBeEnabled(config: OutboxConfig) {
  if (config.smtpUrl) {
    throw new AppError(404, "outbox_disabled", "The outbox is off: this install sends e-mail through SMTP (SMTP_URL is set), so no copies are kept here.");
  }
}

/**
 * The messages this workspace sent, as recorded when each was written. What
 * they are addressed to plays no part: mail to a person who also belongs to
 * another workspace stays with the workspace that sent it.
 */
export async function listOutbox(ctx: RequestContext, config: OutboxConfig, query: OutboxListQuery): Promise<OutboxList> {
  mustBeEnabled(config);
  const rows = await listOutboxMessages(ctx.db, ctx.workspaceId, query.limit);
  return { items: rows.slice(0, query.limit).map(presentSummary), more: rows.length > query.limit };
}

async function readOutboxFile(file: string): Promise<{ source: Buffer; time: Date } | null> {
  try {
    const stat = await fs.lstat(file);
    if (!stat.isFile()) return null;
    return { source: await fs.readFile(file), time: stat.mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function readOutboxMessage(ctx: RequestContext, config: OutboxConfig, name: string): Promise<OutboxMessage> {
  mustBeEnabled(config);
  // Another workspace's message, or one of no workspace, is not there as far as this caller can tell.
  const record = await findOutboxMessage(ctx.db, ctx.workspaceId, name);
  if (!record || !OUTBOX_NAME_PATTERN.test(record.file_name)) throw notFound("message");
  const dir = outboxDir(config.dataDir);
  const file = path.resolve(dir, record.file_name);
  // The pattern already keeps out separators; this keeps the file directly inside the folder whatever happens.
  if (path.dirname(file) !== dir) throw notFound("message");
  const read = await readOutboxFile(file);
  if (!read) throw notFound("message");
  const mail = await simpleParser(read.source, { skipImageLinks: true, skipTextToHtml: true });
  return presentMessage(record, mail);
}
