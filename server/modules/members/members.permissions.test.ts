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
});
