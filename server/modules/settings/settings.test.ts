import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("workspace settings", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
  });

  it("starts from safe defaults", async () => {
    const response = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/settings" });
    expect(response.json()).toEqual({
      allowPrivateWebhookTargets: false,
      clarity: { maxGrade: 9, minReadingEase: 50, maxAverageSentenceLength: 20, wordBudget: 400 },
      sessionIdleMinutes: 4320,
      training: { expiringDays: 30, onboardingDueDays: 14 },
      version: 1,
      updatedAt: null,
      permissions: { update: true },
    });
  });

  it("changes a setting for this workspace only, audited, with versions", async () => {
    const changed = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, allowPrivateWebhookTargets: true } });
    expect(changed.json()).toMatchObject({ allowPrivateWebhookTargets: true, version: 2 });
    const stale = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, allowPrivateWebhookTargets: false } });
    expect(stale.statusCode).toBe(409);
    const again = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 2, allowPrivateWebhookTargets: false } });
    expect(again.json()).toMatchObject({ allowPrivateWebhookTargets: false, version: 3 });

    const untouched = await as(t.app, other.members.admin)({ method: "GET", url: "/api/v1/settings" });
    expect(untouched.json()).toMatchObject({ allowPrivateWebhookTargets: false, version: 1 });
    const audit = await t.database.db.selectFrom("audit_entries").select("id").where("record_type", "=", "settings").where("workspace_id", "=", ws.id).execute();
    expect(audit).toHaveLength(2);
  });

  it("changes the clarity limits, refusing values out of range", async () => {
    const current = (await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/settings" })).json();
    const clarity = { maxGrade: 8.5, minReadingEase: 55, maxAverageSentenceLength: 18, wordBudget: 350 };
    const changed = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: current.version, clarity } });
    expect(changed.json()).toMatchObject({ clarity });
    const wrong = await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: "/api/v1/settings",
      payload: { version: current.version + 1, clarity: { ...clarity, maxGrade: 40 } },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe("body.clarity.maxGrade");
  });

  it("is read by every member and changed by admins only, refusing unknown settings", async () => {
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/settings" })).statusCode).toBe(200);
    expect((await as(t.app, ws.members.pmo)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1 } })).statusCode).toBe(403);
    const unknown = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 4, theme: "dark" } });
    expect(unknown.statusCode).toBe(400);
  });
});
