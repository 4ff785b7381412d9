import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "#server/env.ts";
import type { Executor } from "../db/database.ts";
import { newId, now } from "../ids.ts";
import type { RenderedMail } from "./mail-template.ts";
import { insertOutboxMessage } from "./outbox.repository.ts";

export interface OutgoingMail extends RenderedMail {
  to: string;
  /**
   * The workspace that sends it; only that workspace's admins see the outbox
   * copy. Null for mail of no workspace (a password reset), which no one sees.
   */
  workspaceId: string | null;
  /** Lets mail clients offer "unsubscribe" next to the sender (RFC 2369). */
  unsubscribeUrl?: string;
}

export interface SentMail {
  messageId: string;
  /** Where the message was written, when there is no SMTP server. */
  outboxFile?: string;
}

export interface Mailer {
  /** `db` records the outbox copy's sender; pass the caller's transaction when inside one. */
  send(mail: OutgoingMail, db: Executor): Promise<SentMail>;
  close(): void;
}

export interface MailerConfig {
  smtpUrl?: string;
  from: string;
  dataDir: string;
}

export const outboxDir = (dataDir: string) => path.resolve(dataDir, "outbox");

/**
 * Sends through SMTP when SMTP_URL is set. Without it, each message is
 * written whole (headers, text and HTML parts) as an .eml file under
 * data/outbox/, so a default install works and a person can open what
 * would have been sent. Who sent it is recorded beside it as it is written:
 * the outbox never guesses a message's workspace from its addresses.
 */
export function createMailer(config: MailerConfig): Mailer {
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  return {
    async send(mail, db) {
      const info = await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
      });
      if (config.smtpUrl) return { messageId: info.messageId };
      const dir = outboxDir(config.dataDir);
      await fs.mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const name = `${stamp}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`;
      const file = path.join(dir, name);
      await fs.writeFile(file, info.message as Buffer);
      await insertOutboxMessage(db, {
        id: newId(),
        workspace_id: mail.workspaceId,
        file_name: name,
        recipient: mail.to,
        subject: mail.subject,
        created_at: now(),
      });
      return { messageId: info.messageId, outboxFile: file };
    },
    close: () => transport.close(),
  };
}

/** What sending e-mail needs of the environment; job handlers take it, so tests can point DATA_DIR elsewhere. */
export type MailEnv = Pick<Env, "PUBLIC_URL" | "PORT" | "SMTP_URL" | "MAIL_FROM" | "DATA_DIR">;

export const mailerFromEnv = (env: MailEnv): Mailer => createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, dataDir: env.DATA_DIR });

/** An absolute link to a path of the app, for e-mails (no request to take the host from). */
export function appUrl(env: Pick<Env, "PUBLIC_URL" | "PORT">, path: string): string {
  const base = env.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`;
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
