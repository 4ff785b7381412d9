import { beforeAll, describe, expect, it } from "vitest";
import { newId, now } from "#server/kernel/ids.ts";
import { createService } from "#server/modules/services/services.fixtures.ts";
import type { GettingStarted } from "#shared/contracts/onboarding.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

const URL = "/api/v1/getting-started";

describe("the getting-started checklist", () => {
  const t = useTestApp();
  let founder: TestMember;
  let other: TestWorkspace;

  beforeAll(async () => {
    // A workspace as sign-up leaves it: its admin, nobody else, nothing in it.
    const workspaceId = newId();
    await t.database.db.insertInto("workspaces").values({ id: workspaceId, slug: `new-${workspaceId.slice(0, 8)}`, name: "New", created_at: now() }).execute();
    founder = await buildMember(t.database.db, workspaceId, { roles: ["admin"] });
    other = await buildWorkspace(t.database.db);
    await createService(t.app, other.members.pmo);
  });

  const checklistOf = async (member: TestMember) => {
    const response = await as(t.app, member)({ method: "GET", url: URL });
    expect(response.statusCode).toBe(200);
    return response.json<GettingStarted>();
  };
  const step = (checklist: GettingStarted, key: string) => checklist.steps.find((candidate) => candidate.key === key);

  it("starts with every step open, each naming who takes it, where, and whether the caller may", async () => {
    const checklist = await checklistOf(founder);
    expect(checklist).toEqual({
      completed: 0,
      dismissed: false,
      steps: [
        { key: "invite_people", done: false, count: 0, takenBy: ["admin"], path: "/invitations", permissions: { take: true } },
        { key: "define_service", done: false, count: 0, takenBy: ["pmo", "admin"], path: "/services/new", permissions: { take: true } },
        { key: "explain_terms", done: false, count: 0, takenBy: ["pm", "pmo"], path: "/glossary", permissions: { take: false } },
        { key: "publish_cheat_sheet", done: false, count: 0, takenBy: ["pm", "pmo"], path: "/cheatsheets/new", permissions: { take: false } },
        { key: "build_training", done: false, count: 0, takenBy: ["sales_manager", "pmo"], path: "/quizzes", permissions: { take: false } },
      ],
    });
  });

  it("ticks a step off when the workspace has what it makes — its own records only", async () => {
    // The other workspace's service does not count here.
    expect(step(await checklistOf(founder), "define_service")?.done).toBe(false);
    await createService(t.app, founder);
    const invited = await as(t.app, founder)({ method: "POST", url: "/api/v1/invitations", payload: { email: "pm.new@test.example", roles: ["pm"] } });
    expect(invited.statusCode).toBe(201);

    const checklist = await checklistOf(founder);
    expect(step(checklist, "define_service")).toMatchObject({ done: true, count: 1 });
    expect(step(checklist, "invite_people")).toMatchObject({ done: true, count: 1 });
    expect(checklist.completed).toBe(2);
  });

  it("is dismissed by each member for themselves, and can be shown again", async () => {
    const colleague = await buildMember(t.database.db, founder.workspaceId, { roles: ["pm"] });
    const dismissed = await as(t.app, founder)({ method: "PUT", url: `${URL}/dismissal` });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json<GettingStarted>().dismissed).toBe(true);
    // Twice is the same as once.
    expect((await as(t.app, founder)({ method: "PUT", url: `${URL}/dismissal` })).json<GettingStarted>().dismissed).toBe(true);

    const theirs = await checklistOf(colleague);
    expect(theirs.dismissed).toBe(false);
    expect(step(theirs, "explain_terms")?.permissions.take).toBe(true);
    expect(step(theirs, "define_service")?.permissions.take).toBe(false);

    const restored = await as(t.app, founder)({ method: "DELETE", url: `${URL}/dismissal` });
    expect(restored.json<GettingStarted>().dismissed).toBe(false);
  });

  it("is for members only", async () => {
    const response = await t.app.inject({ method: "GET", url: URL });
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toContain("application/problem+json");
  });
});
