import { parseRoles } from "#server/kernel/auth/credentials.ts";
import { AppError } from "#server/kernel/errors.ts";
import * as authRepository from "#server/modules/auth/auth.repository.ts";
import { activeMemberships } from "#server/modules/auth/auth.service.ts";
import { issueToken } from "#server/modules/tokens/tokens.service.ts";
import { SlugSchema } from "#shared/contracts/auth.ts";
import { EmailSchema } from "#shared/contracts/common.ts";
import { CreateApiTokenSchema } from "#shared/contracts/tokens.ts";
import { parseFlag, readFlags, type Runtime } from "./runtime.ts";

const DEFAULT_NAME = "Created with the tandem command";

/** `tandem token create`: the token alone on stdout, for `TOKEN=$(…)`; everything else on stderr. */
export async function createToken(args: string[], cli: Runtime): Promise<void> {
  const flags = readFlags("token create", args, ["email", "workspace"], ["name"]);
  const email = parseFlag(EmailSchema, flags.email, "email");
  const slug = parseFlag(SlugSchema, flags.workspace, "workspace");
  const input = parseFlag(CreateApiTokenSchema.shape.name, flags.name ?? DEFAULT_NAME, "name");

  const { db } = await cli.database();
  const user = await authRepository.findUserByEmail(db, email);
  const membership = user && (await activeMemberships(db, user.id)).find((m) => m.workspaceSlug === slug);
  if (!user || !membership) {
    throw new AppError(404, "not_a_member", `${email} is not an active member of the workspace "${slug}" (or no such workspace exists).`);
  }
  const created = await db
    .transaction()
    .execute((trx) =>
      issueToken(trx, { memberId: membership.memberId, name: user.name, workspaceId: membership.workspaceId, roles: parseRoles(membership.roles) }, { name: input }),
    );
  cli.out(created.token);
  cli.say(`API token "${created.name}" for ${user.name} in "${membership.workspaceName}". It is shown only this once.`);
}
