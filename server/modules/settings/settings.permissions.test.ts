import { beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "#shared/contracts/common.ts";
import type { Settings } from "#shared/contracts/settings.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

/** For every role: what `permissions` says of the workspace's settings is what the server does with a change. */
describe("settings permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  for (const role of ROLES) {
    it(role, async () => {
      const actor = as(t.app, ws.members[role]);
      const seen = await actor({ method: "GET", url: "/api/v1/settings" });
      expect(seen.statusCode).toBe(200);
      const settings = seen.json<Settings>();
      const response = await actor({ method: "PATCH", url: "/api/v1/settings", payload: { version: settings.version, sessionIdleMinutes: settings.sessionIdleMinutes } });
      const done = expectDoneAsPermitted(response, settings.permissions.update, `${role} update`);
      if (!done) expect(response.statusCode).toBe(403);
    });
  }
});
