import { beforeAll, describe, expect, it } from "vitest";
import { createService } from "#server/modules/services/services.fixtures.ts";
import type { Service } from "#shared/contracts/services.ts";
import { as, buildMember, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { EVENT_DISPATCH_JOB } from "./events.ts";

/** The mutations that record events do so in their own transaction, with the presented records. */
describe("events recorded by the API", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const eventsOf = async (recordId: string) => {
    const rows = await t.database.db.selectFrom("events").selectAll().where("record_id", "=", recordId).orderBy("occurred_at").orderBy("id").execute();
    return rows.map((row) => ({ type: row.type, actor: row.actor_member_id, workspace: row.workspace_id, payload: JSON.parse(row.payload) }));
  };

  it("services: created, updated and deleted, each with a dispatch job", async () => {
    const created = await createService(t.app, ws.members.pmo, { name: "Data platform" });
    const updated = await as(t.app, ws.members.admin)({ method: "PATCH", url: `/api/v1/services/${created.id}`, payload: { version: 1, name: "Data platform 2" } });
    expect(updated.statusCode).toBe(200);
    const deleted = await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/services/${created.id}` });
    expect(deleted.statusCode).toBe(204);

    const events = await eventsOf(created.id);
    // The service as the API shows it, without what the caller may do with it (that describes the caller).
    const record = ({ permissions: _permissions, ...service }: Service) => service;
    expect(events).toEqual([
      { type: "service.created", actor: ws.members.pmo.id, workspace: ws.id, payload: { service: record(created) } },
      { type: "service.updated", actor: ws.members.admin.id, workspace: ws.id, payload: { service: record(updated.json()), previous: record(created) } },
      { type: "service.deleted", actor: ws.members.pmo.id, workspace: ws.id, payload: { service: record(updated.json()) } },
    ]);
    const ids = await t.database.db.selectFrom("events").select("id").where("record_id", "=", created.id).execute();
    const jobs = await t.database.db
      .selectFrom("jobs")
      .select("unique_key")
      .where("unique_key", "in", ids.map((event) => `${EVENT_DISPATCH_JOB}:${event.id}`))
      .execute();
    expect(jobs).toHaveLength(3);
  });

  it("a refused change records nothing", async () => {
    const created = await createService(t.app, ws.members.pmo);
    const stale = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/services/${created.id}`, payload: { version: 7, name: "Renamed" } });
    expect(stale.statusCode).toBe(409);
    expect((await eventsOf(created.id)).map((event) => event.type)).toEqual(["service.created"]);
  });

  it("members: updated, with the member as the API shows it", async () => {
    const member = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const response = await as(t.app, ws.members.admin)({ method: "PATCH", url: `/api/v1/members/${member.id}`, payload: { version: 1, roles: ["rep", "se"] } });
    expect(response.statusCode).toBe(200);
    const [event] = await eventsOf(member.id);
    // Events keep the record; `permissions` are the caller's, on the answer only.
    const { permissions: _permissions, ...updated } = response.json();
    expect(event).toMatchObject({ type: "member.updated", actor: ws.members.admin.id, payload: { member: updated, previous: { roles: ["rep"], version: 1 } } });
    expect(event?.payload).not.toHaveProperty("member.permissions");
  });

  it("invitations: created, without the one-time token", async () => {
    const response = await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/invitations", payload: { email: "new.hire@example.com", roles: ["pm"] } });
    expect(response.statusCode).toBe(201);
    const { token, acceptUrl, permissions: _permissions, ...invitation } = response.json();
    const [event] = await eventsOf(invitation.id);
    expect(event).toEqual({ type: "invitation.created", actor: ws.members.admin.id, workspace: ws.id, payload: { invitation } });
    const stored = await t.database.db.selectFrom("events").select("payload").where("record_id", "=", invitation.id).executeTakeFirstOrThrow();
    expect(stored.payload).not.toContain(token);
    expect(stored.payload).not.toContain(acceptUrl);
  });
});
