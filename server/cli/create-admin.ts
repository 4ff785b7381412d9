import { hashPassword } from "#server/kernel/auth/secrets.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { conflict, staleVersion } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import * as authRepository from "#server/modules/auth/auth.repository.ts";
import { addMember, provisionWorkspace } from "#server/modules/auth/auth.service.ts";
import { auditSnapshot, memberRecord } from "#server/modules/members/members.presenter.ts";
import * as membersRepository from "#server/modules/members/members.repository.ts";
import { SlugSchema } from "#shared/contracts/auth.ts";
import { EmailSchema, requiredText, type Role } from "#shared/contracts/common.ts";
import { findMembership } from "./cli.repository.ts";
import { newPassword } from "./password-prompt.ts";
import { parseFlag, readFlags, type Runtime } from "./runtime.ts";

/** "acme-labs" → "Acme Labs": a workspace created here gets a readable name to change later. */
const nameFromSlug = (slug: string) =>
  slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

/** "jane.doe@…" → "Jane Doe", when no --name is given. */
const nameFromEmail = (email: string) => nameFromSlug((email.split("@")[0] ?? email).replace(/[._+]+/g, "-"));

/**
 * `tandem create-admin`: the way into a fresh installation, and back into one
 * whose admins are all gone. Creates what is missing (workspace, person,
 * membership) and makes the person an active admin, audited.
 */
export async function createAdmin(args: string[], cli: Runtime): Promise<void> {
  const flags = readFlags("create-admin", args, ["email", "workspace"], ["name"]);
  const email = parseFlag(EmailSchema, flags.email, "email");
  const slug = parseFlag(SlugSchema, flags.workspace, "workspace");
  const name = flags.name === undefined ? undefined : parseFlag(requiredText(80), flags.name, "name");

  const { db } = await cli.database();
  const known = await authRepository.findUserByEmail(db, email);
  // Hashing is slow and asking needs a person: both happen before the transaction.
  const passwordHash = known ? null : await hashPassword(await newPassword(process.env, email));

  const outcome = await db.transaction().execute(async (trx) => {
    const user = (await authRepository.findUserByEmail(trx, email)) ?? (await createPerson(trx, email, name, passwordHash));
    const workspace = await authRepository.findWorkspaceBySlug(trx, slug);
    if (!workspace) {
      const workspaceName = nameFromSlug(slug);
      await provisionWorkspace(trx, { name: workspaceName, slug, user: { id: user.id, name: user.name } });
      return `Created the workspace "${workspaceName}" (${slug}) with ${user.name} <${email}> as its admin.`;
    }
    const membership = await findMembership(trx, workspace.id, user.id);
    if (!membership) {
      await addMember(trx, { workspaceId: workspace.id, userId: user.id, userName: user.name, roles: ["admin"] });
      return `${user.name} <${email}> joined "${workspace.name}" as admin.`;
    }
    const changed = await makeActiveAdmin(trx, workspace.id, membership.id, user.name);
    return changed
      ? `${user.name} <${email}> is now an active admin of "${workspace.name}".`
      : `${user.name} <${email}> was already an active admin of "${workspace.name}"; nothing changed.`;
  });
  if (known && (name !== undefined || process.env.TANDEM_PASSWORD)) {
    cli.say(`${email} already had a sign-in: their name and password stay as they were.`);
  }
  cli.say(outcome);
}

async function createPerson(trx: Executor, email: string, name: string | undefined, passwordHash: string | null) {
  // Someone signed up with this e-mail between the check and the transaction.
  if (!passwordHash) throw conflict("email_taken", `${email} signed up a moment ago; run the command again.`);
  const user = { id: newId(), email, name: name ?? nameFromEmail(email), password_hash: passwordHash, created_at: now() };
  await authRepository.insertUser(trx, user);
  return user;
}

/** Adds the admin role and reactivates, in one versioned update; false when there was nothing to do. */
async function makeActiveAdmin(trx: Executor, workspaceId: string, memberId: string, name: string): Promise<boolean> {
  const row = await membersRepository.findMember(trx, workspaceId, memberId);
  if (!row) throw staleVersion("member");
  const before = memberRecord(row);
  if (before.status === "active" && before.roles.includes("admin")) return false;
  const roles: Role[] = before.roles.includes("admin") ? before.roles : ["admin", ...before.roles];
  const updated = await membersRepository.updateMember(trx, workspaceId, memberId, before.version, {
    roles: JSON.stringify(roles),
    status: "active",
    updated_at: now(),
  });
  if (!updated) throw staleVersion("member");
  const after = memberRecord((await membersRepository.findMember(trx, workspaceId, memberId))!);
  await writeAudit(trx, { memberId, name, workspaceId }, {
    action: "update",
    recordType: "member",
    recordId: memberId,
    summary: `Member ${name}: made an active admin with the tandem command`,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  await recordEvent(trx, { memberId, workspaceId }, {
    type: "member.updated",
    recordType: "member",
    recordId: memberId,
    payload: { member: after, previous: before },
  });
  return true;
}
