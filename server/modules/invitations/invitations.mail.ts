import type { Executor } from "#server/kernel/db/database.ts";
import { renderMail } from "#server/kernel/mail/mail-template.ts";
import { mailerFromEnv, type MailEnv } from "#server/kernel/mail/mailer.ts";
import { describeRoles } from "#shared/contracts/common.ts";
import type { Invitation } from "#shared/contracts/invitations.ts";

/**
 * E-mails the invitee their accept link. Sent straight after the invitation
 * commits, not through a job: the link holds the token, which is stored only
 * hashed and must not sit in a job payload (docs/decisions/0007).
 */
export async function sendInvitationEmail(
  db: Executor,
  env: MailEnv,
  invitation: Invitation & { workspaceId: string },
  workspaceName: string,
  acceptUrl: string,
): Promise<void> {
  const mailer = mailerFromEnv(env);
  try {
    await mailer.send({
      to: invitation.email,
      workspaceId: invitation.workspaceId,
      ...renderMail({
        subject: `${invitation.invitedBy.name} invited you to ${workspaceName} on Tandem`,
        greeting: "Hello,",
        paragraphs: [
          `${invitation.invitedBy.name} invited you to join ${workspaceName} on Tandem as ${describeRoles(invitation.roles)}.`,
          `The link works until ${invitation.expiresAt.slice(0, 10)} and only once.`,
        ],
        action: { label: "Accept the invitation", url: acceptUrl },
      }),
    }, db);
  } finally {
    mailer.close();
  }
}
