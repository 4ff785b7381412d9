import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Page } from "#shared/contracts/common.ts";
import type { Invitation } from "#shared/contracts/invitations.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

let counter = 0;

/**
 * For every role, on a pending and on a revoked invitation: `permissions` in
 * the list is what the server does. Only admins list invitations at all.
 */
describe("invitation permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  const admin = () => as(t.app, ws.members.admin);

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  async function invite(revoked: boolean): Promise<Invitation> {
    const created = await admin()({ method: "POST", url: "/api/v1/invitations", payload: { email: `invitee-${counter++}@test.example`, roles: ["rep"] } });
    expect(created.statusCode).toBe(201);
    const invitation = created.json<Invitation>();
    if (revoked) expect((await admin()({ method: "DELETE", url: `/api/v1/invitations/${invitation.id}` })).statusCode).toBe(204);
    return invitation;
  }

  for (const role of ROLES) {
    for (const revoked of [false, true]) {
      it(`${role}, on ${revoked ? "a revoked" : "a pending"} invitation`, async () => {
        const actor = as(t.app, ws.members[role]);
        const invitation = await invite(revoked);
        const list = await actor({ method: "GET", url: "/api/v1/invitations?limit=200" });
        const revoke = await actor({ method: "DELETE", url: `/api/v1/invitations/${invitation.id}` });
        if (list.statusCode === 403) {
          // Who may not list invitations may not revoke one either.
          expect(revoke.statusCode).toBe(403);
          return;
        }
        const permissions = list.json<Page<Invitation>>().items.find((item) => item.id === invitation.id)!.permissions;
        const done = expectDoneAsPermitted(revoke, permissions.revoke, `${role} revoke`);
        if (!done) expect(revoke.json()).toMatchObject({ code: "not_pending" });
      });
    }
  }
});
