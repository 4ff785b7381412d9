import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Db } from "#server/kernel/db/database.ts";
import { ROLES, type Role } from "#shared/contracts/common.ts";
import { buildMember, type TestMember } from "./factories.ts";

/** One more member per role in the workspace: who a permissions test tries each action as. */
export async function oneMemberPerRole(db: Db, workspaceId: string): Promise<Record<Role, TestMember>> {
  const actors = {} as Record<Role, TestMember>;
  for (const role of ROLES) actors[role] = await buildMember(db, workspaceId, { roles: [role] });
  return actors;
}

/** The server did the action exactly when `permissions` said it may. Answers whether it did, so the test can check how it refused. */
export function expectDoneAsPermitted(response: LightMyRequestResponse, permitted: boolean, what: string): boolean {
  const done = response.statusCode < 300;
  expect(done, `${what}: permissions say ${permitted}, server answered ${response.statusCode} ${response.body.slice(0, 160)}`).toBe(permitted);
  return done;
}
