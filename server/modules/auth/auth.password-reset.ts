import { hashPassword, hashSecret, newSecret } from "#server/kernel/auth/secrets.ts";
import type { Db } from "#server/kernel/db/database.ts";
import { gone, notFound } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import type { JobLogger } from "#server/kernel/jobs/handler.ts";
import { renderMail } from "#server/kernel/mail/mail-template.ts";
import { appUrl, mailerFromEnv, type MailEnv } from "#server/kernel/mail/mailer.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import type { CompletePasswordResetInput, PasswordResetPreview } from "#shared/contracts/auth.ts";
import * as repo from "./auth.repository.ts";
import { activeMemberships } from "./auth.service.ts";
import { clearSignInFailures } from "./auth.throttle.ts";

const LINK_MINUTES = 60;
export const RESET_REQUESTED = "If an account has this e-mail, a link to set a new password is on its way. It works for an hour, once.";

/**
 * "Forgot password?": e-mails a one-time link when the e-mail has an account,
 * and answers the same either way. The e-mail goes out after the answer, so
 * its time does not tell either. The link's token is stored hashed and never
 * sits in a job (docs/decisions/0007); the message belongs to no workspace,
 * so no workspace's outbox lists it.
 */
export async function requestPasswordReset(db: Db, env: MailEnv, email: string, logger: Pick<JobLogger, "warn">): Promise<void> {
  const user = await repo.findUserByEmail(db, email);
  if (!user) return;
  const token = newSecret("rst");
  const at = now();
  await db.transaction().execute(async (trx) => {
    await repo.retireUnusedResets(trx, user.id, at);
    await repo.insertPasswordReset(trx, {
      id: newId(),
      user_id: user.id,
      token_hash: hashSecret(token),
      expires_at: new Date(Date.parse(at) + LINK_MINUTES * 60_000).toISOString(),
      used_at: null,
      created_at: at,
    });
  });
  void sendResetEmail(db, env, user, appUrl(env, `/reset-password/${token}`)).catch((error: unknown) =>
    logger.warn({ err: error, userId: user.id }, "the password-reset e-mail could not be sent"),
  );
}

async function sendResetEmail(db: Db, env: MailEnv, user: { email: string; name: string }, link: string): Promise<void> {
  const mailer = mailerFromEnv(env);
  try {
    await mailer.send(
      {
        to: user.email,
        workspaceId: null,
        ...renderMail({
          subject: "Set a new Tandem password",
          greeting: `Hello ${user.name},`,
          paragraphs: [
            "Someone — hopefully you — asked to set a new password for your Tandem sign-in.",
            `The link works for an hour and only once. Setting a new password signs you out everywhere. If you did not ask, ignore this e-mail: your password stays as it is.`,
          ],
          action: { label: "Set a new password", url: link },
        }),
      },
      db,
    );
  } finally {
    mailer.close();
  }
}

async function findUsableReset(db: Db, token: string) {
  const row = await repo.findPasswordReset(db, hashSecret(token));
  if (!row) throw notFound("password-reset link");
  if (row.used_at) throw gone("reset_link_used", "This link has been used (or a newer one was sent). Ask for a new one.");
  if (row.expires_at <= now()) throw gone("reset_link_expired", "This link has expired. Ask for a new one.");
  return row;
}

export async function previewPasswordReset(db: Db, token: string): Promise<PasswordResetPreview> {
  const row = await findUsableReset(db, token);
  return { email: row.email, expiresAt: row.expires_at };
}

/**
 * Sets the new password and ends every session of the person — nothing
 * else: API tokens stay, and no session starts (they sign in with the new
 * password). Failed sign-ins are forgotten, which lifts any back-off.
 */
export async function completePasswordReset(db: Db, token: string, input: CompletePasswordResetInput): Promise<void> {
  const row = await findUsableReset(db, token);
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    const at = now();
    if (!(await repo.usePasswordReset(trx, row.id, at))) throw gone("reset_link_used", "This link has just been used. Ask for a new one.");
    await repo.setPasswordHash(trx, row.user_id, passwordHash);
    await repo.deleteSessionsOf(trx, row.user_id);
    await clearSignInFailures(trx, row.email);
    for (const membership of await activeMemberships(trx, row.user_id)) {
      await writeAudit(trx, { memberId: membership.memberId, name: row.name, workspaceId: membership.workspaceId }, {
        action: "update",
        recordType: "member",
        recordId: membership.memberId,
        summary: `${row.name} set a new password with an e-mailed link; every session ended`,
      });
    }
  });
}
