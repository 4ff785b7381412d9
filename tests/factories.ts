import type { FastifyInstance, InjectOptions } from "fastify";
import type { Db } from "#server/kernel/db/database.ts";
import { hashPassword, hashSecret, newSecret } from "#server/kernel/auth/secrets.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { ROLES, type Role } from "#shared/contracts/common.ts";

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | null = null;
/** Hashing is slow on purpose; one hash serves every factory-made person. */
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestMember {
  id: string;
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  workspaceId: string;
  /** A personal API token: send as `Authorization: Bearer <token>`. */
  token: string;
}

export interface TestWorkspace {
  id: string;
  slug: string;
  name: string;
  /** One member per role, keyed by role. */
  members: Record<Role, TestMember>;
}

export async function buildMember(
  db: Db,
  workspaceId: string,
  options: { roles: Role[]; email?: string; name?: string; userId?: string },
): Promise<TestMember> {
  const at = now();
  const email = options.email ?? `${options.roles.join("-")}-${unique()}@test.example`;
  const name = options.name ?? `Test ${options.roles.join(" ")}`;
  let userId = options.userId;
  if (!userId) {
    userId = newId();
    await db
      .insertInto("users")
      .values({ id: userId, email, name, password_hash: await testPasswordHash(), created_at: at })
      .execute();
  }
  const memberId = newId();
  await db
    .insertInto("members")
    .values({
      id: memberId,
      workspace_id: workspaceId,
      user_id: userId,
      roles: JSON.stringify(options.roles),
      status: "active",
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const token = newSecret("tdm");
  await db
    .insertInto("api_tokens")
    .values({
      id: newId(),
      workspace_id: workspaceId,
      member_id: memberId,
      name: "test",
      token_hash: hashSecret(token),
      prefix: token.slice(0, 8),
      expires_at: null,
      last_used_at: null,
      revoked_at: null,
      created_at: at,
    })
    .execute();
  return { id: memberId, userId, email, name, roles: options.roles, workspaceId, token };
}

/** A workspace with one member per role, each with an API token. */
export async function buildWorkspace(db: Db, options: { slug?: string; name?: string } = {}): Promise<TestWorkspace> {
  const id = newId();
  const slug = options.slug ?? `ws-${unique()}`;
  const name = options.name ?? `Workspace ${slug}`;
  await db.insertInto("workspaces").values({ id, slug, name, created_at: now() }).execute();
  const members = {} as Record<Role, TestMember>;
  for (const role of ROLES) members[role] = await buildMember(db, id, { roles: [role], name: `${name} ${role}` });
  return { id, slug, name, members };
}

/** `app.inject` as a member, through their API token. */
export function as(app: FastifyInstance, member: Pick<TestMember, "token">) {
  return (options: InjectOptions) =>
    app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${member.token}` } });
}
