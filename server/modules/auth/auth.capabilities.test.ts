import { beforeAll, describe, expect, it } from "vitest";
import type { Session } from "#shared/contracts/auth.ts";
import { as, buildMember, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("the session lists what the member may create or open", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const capabilities = async (member: TestWorkspace["members"]["rep"]) =>
    (await as(t.app, member)({ method: "GET", url: "/api/v1/session" })).json<Session>().capabilities;

  it("gives each role its own, and every capability matches what the server then allows", async () => {
    expect(await capabilities(ws.members.rep)).toEqual(["cheatsheets.confirmReading"]);
    expect(await capabilities(ws.members.pm)).toEqual(["cheatsheets.create", "cheatsheets.seeWorkingCopies", "cheatsheets.seeAcknowledgements", "glossary.manage"]);
    expect(await capabilities(ws.members.admin)).toEqual(
      expect.arrayContaining(["members.manage", "invitations.manage", "webhooks.manage", "jobs.manage", "outbox.read", "audit.read", "settings.update", "services.manage"]),
    );
    // Tried: a rep may not open the audit log or add a service; an admin may.
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/audit" })).statusCode).toBe(403);
    expect((await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/audit" })).statusCode).toBe(200);
    const service = { name: "Capability check", durationMinWeeks: 1, durationMaxWeeks: 2, leadTimeWeeks: 1 };
    expect((await as(t.app, ws.members.rep)({ method: "POST", url: "/api/v1/services", payload: service })).statusCode).toBe(403);
    expect((await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/services", payload: service })).statusCode).toBe(201);
  });

  it("follows the member's roles in the workspace they are signed in to", async () => {
    const both = await buildMember(t.database.db, ws.id, { roles: ["rep", "pmo"] });
    expect(await capabilities(both)).toEqual(expect.arrayContaining(["services.manage", "cheatsheets.create", "cheatsheets.confirmReading"]));
    expect(await capabilities(both)).not.toContain("settings.update");
  });
});
