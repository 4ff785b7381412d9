import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Page, type Role } from "#shared/contracts/common.ts";
import type { Member } from "#shared/contracts/members.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted, oneMemberPerRole } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

/** For every role, on their own membership and on someone else's: `permissions` (in the list and on the record) is what the server does. */
describe("member permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let actors: Record<Role, TestMember>;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    actors = await oneMemberPerRole(t.database.db, ws.id);
  });

  for (const role of ROLES) {
    for (const own of [true, false]) {
      it(`${role}, on ${own ? "their own membership" : "someone else's"}`, async () => {
        const actor = actors[role];
        const target = own ? actor : await buildMember(t.database.db, ws.id, { roles: ["rep"] });
        const seen = await as(t.app, actor)({ method: "GET", url: `/api/v1/members/${target.id}` });
        expect(seen.statusCode).toBe(200);
        const member = seen.json<Member>();
        const list = await as(t.app, actor)({ method: "GET", url: `/api/v1/members?limit=200&q=${encodeURIComponent(target.email)}` });
        expect(list.json<Page<Member>>().items.find((item) => item.id === target.id)?.permissions).toEqual(member.permissions);

        const roles = own ? target.roles : ["rep", "se"];
        const response = await as(t.app, actor)({ method: "PATCH", url: `/api/v1/members/${target.id}`, payload: { version: member.version, roles } });
        const done = expectDoneAsPermitted(response, member.permissions.update, `${role} update`);
        if (!done) expect(response.statusCode).toBe(403);
        else expect(response.json<Member>().permissions).toEqual(member.permissions);
      });
    }
  }

  it("the last active admin may be neither deactivated nor lose the admin role, and permissions say so before anyone asks", async () => {
    const workspaceId = (await buildWorkspace(t.database.db)).id;
    // A workspace of its own whose only admin is `founder` (buildWorkspace's admin is demoted first).
    const founder = await buildMember(t.database.db, workspaceId, { roles: ["admin"] });
    const others = await t.database.db.selectFrom("members").select("id").where("workspace_id", "=", workspaceId).where("id", "!=", founder.id).execute();
    await t.database.db.updateTable("members").set({ roles: JSON.stringify(["rep"]) }).where("id", "in", others.map((row) => row.id)).execute();
    const colleague = await buildMember(t.database.db, workspaceId, { roles: ["pm"] });

    const own = (await as(t.app, founder)({ method: "GET", url: `/api/v1/members/${founder.id}` })).json<Member>();
    expect(own.permissions).toEqual({ update: true, deactivate: false, removeAdminRole: false });
    const listed = (await as(t.app, founder)({ method: "GET", url: `/api/v1/members?limit=200` })).json<Page<Member>>();
    expect(listed.items.find((item) => item.id === founder.id)?.permissions).toEqual(own.permissions);
    expect(listed.items.find((item) => item.id === colleague.id)?.permissions).toEqual({ update: true, deactivate: true, removeAdminRole: true });

    const deactivate = await as(t.app, founder)({ method: "PATCH", url: `/api/v1/members/${founder.id}`, payload: { version: own.version, status: "deactivated" } });
    expect(deactivate.statusCode).toBe(409);
    expect(deactivate.json()).toMatchObject({ code: "last_admin" });
    const demote = await as(t.app, founder)({ method: "PATCH", url: `/api/v1/members/${founder.id}`, payload: { version: own.version, roles: ["pm"] } });
    expect(demote.statusCode).toBe(409);

    // With a second admin, both become possible.
    const second = await as(t.app, founder)({ method: "PATCH", url: `/api/v1/members/${colleague.id}`, payload: { version: 1, roles: ["pm", "admin"] } });
    expect(second.statusCode).toBe(200);
    const now = (await as(t.app, founder)({ method: "GET", url: `/api/v1/members/${founder.id}` })).json<Member>();
    expect(now.permissions).toEqual({ update: true, deactivate: true, removeAdminRole: true });
  });
});
