import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { RequestContext } from "#server/kernel/context.ts";
import { AppError, notFound } from "#server/kernel/errors.ts";
import { outboxDir } from "#server/kernel/mail/mailer.ts";
import { OUTBOX_NAME_PATTERN, type OutboxList, type OutboxListQuery, type OutboxMessage } from "#shared/contracts/outbox.ts";
import { presentMessage, presentSummary, recipientsOf } from "./outbox.presenter.ts";

export interface OutboxConfig {
  dataDir: string;
  smtpUrl?: string | undefined;
}

/** At most this many of the newest files are opened to fill one list. */
const SCAN_LIMIT = 2000;

/** With SMTP_URL set, mail leaves through the server and nothing is written to the outbox. */
function mustBeEnabled(config: OutboxConfig) {
  if (config.smtpUrl) {
    throw new AppError(404, "outbox_disabled", "The outbox is off: this install sends e-mail through SMTP (SMTP_URL is set), so no copies are kept here.");
  }
}

/**
 * The outbox folder holds the mail of every workspace. A message belongs to
 * this one when every recipient is an e-mail of one of its members (active or
 * deactivated) or of one of its pending invitations.
 */
async function workspaceAddresses(ctx: RequestContext): Promise<Set<string>> {
  const [members, invitations] = await Promise.all([
    ctx.db
      .selectFrom("members")
      .innerJoin("users", "users.id", "members.user_id")
      .select("users.email")
      .where("members.workspace_id", "=", ctx.workspaceId)
      .execute(),
    ctx.db
      .selectFrom("invitations")
      .select("email")
      .where("workspace_id", "=", ctx.workspaceId)
      .where("status", "=", "pending")
      .execute(),
  ]);
  return new Set([...members, ...invitations].map((row) => row.email.trim().toLowerCase()));
}

const belongs = (recipients: string[], addresses: Set<string>) => recipients.length > 0 && recipients.every((address) => addresses.has(address));

/** Only the header block: enough to list a message without reading its parts. */
function headerBlock(source: Buffer): Buffer {
  const end = source.indexOf("\n\n");
  const crlfEnd = source.indexOf("\r\n\r\n");
  const cut = [end, crlfEnd].filter((index) => index >= 0);
  return cut.length === 0 ? source : source.subarray(0, Math.min(...cut) + 2);
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

export async function listOutbox(ctx: RequestContext, config: OutboxConfig, query: OutboxListQuery): Promise<OutboxList> {
  mustBeEnabled(config);
  const dir = outboxDir(config.dataDir);
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => OUTBOX_NAME_PATTERN.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { items: [], more: false };
    throw error;
  }
  // Files are named after the moment they were written, so the name orders them.
  names.sort().reverse();
  const addresses = await workspaceAddresses(ctx);
  const items: OutboxList["items"] = [];
  for (const name of names.slice(0, SCAN_LIMIT)) {
    const file = await readOutboxFile(path.join(dir, name));
    if (!file) continue;
    const headers = await simpleParser(headerBlock(file.source), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
    if (!belongs(recipientsOf(headers), addresses)) continue;
    if (items.length === query.limit) return { items, more: true };
    items.push(presentSummary(name, headers, file.time));
  }
  return { items, more: false };
}

export async function readOutboxMessage(ctx: RequestContext, config: OutboxConfig, name: string): Promise<OutboxMessage> {
  mustBeEnabled(config);
  if (!OUTBOX_NAME_PATTERN.test(name)) throw notFound("message");
  const dir = outboxDir(config.dataDir);
  const file = path.resolve(dir, name);
  // The pattern already keeps out separators; this keeps the file directly inside the folder whatever happens.
  if (path.dirname(file) !== dir || path.basename(file) !== name) throw notFound("message");
  const read = await readOutboxFile(file);
  if (!read) throw notFound("message");
  const mail = await simpleParser(read.source, { skipImageLinks: true, skipTextToHtml: true });
  // Another workspace's message is not there, as far as this caller can tell.
  if (!belongs(recipientsOf(mail), await workspaceAddresses(ctx))) throw notFound("message");
  return presentMessage(name, mail, read.time);
}
