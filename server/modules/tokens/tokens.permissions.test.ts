import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Page } from "#shared/contracts/common.ts";
import type { ApiToken } from "#shared/contracts/tokens.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

/**
 * For every role, on an active and on a revoked token of their own: what
 * `permissions` says in the list is what the server does. Nobody is listed
 * anyone else's tokens, so there is no "other" record to show permissions on.
 */
describe("API token permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  for (const role of ROLES) {
    for (const revoked of [false, true]) {
      it(`${role}, on ${revoked ? "a revoked" : "an active"} token of their own`, async () => {
        const actor = as(t.app, ws.members[role]);
        const created = await actor({ method: "POST", url: "/api/v1/tokens", payload: { name: `${role} script` } });
        expect(created.statusCode).toBe(201);
        const { id } = created.json<ApiToken>();
        if (revoked) expect((await actor({ method: "DELETE", url: `/api/v1/tokens/${id}` })).statusCode).toBe(204);
        const list = await actor({ method: "GET", url: "/api/v1/tokens?limit=200" });
        const permissions = list.json<Page<ApiToken>>().items.find((item) => item.id === id)!.permissions;
        const response = await actor({ method: "DELETE", url: `/api/v1/tokens/${id}` });
        const done = expectDoneAsPermitted(response, permissions.revoke, `${role} revoke`);
        if (!done) expect(response.json()).toMatchObject({ code: "already_revoked" });
      });
    }
  }
});
