import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import type { Service } from "#shared/contracts/services.ts";
import { createService, serviceInput } from "./services.fixtures.ts";

describe("services: create, read, update, delete", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const auditCount = async (recordId: string) =>
    (await t.database.db.selectFrom("audit_entries").select("id").where("record_id", "=", recordId).execute()).length;

  it("creates a service with its owner, rendered description and totals", async () => {
    const response = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: serviceInput({ name: "Cloud migration", ownerId: ws.members.pm.id, description: "Move **fast**.\n\n<script>x</script>" }),
    });
    expect(response.statusCode).toBe(201);
    const service = response.json<Service>();
    expect(service).toMatchObject({
      name: "Cloud migration",
      version: 1,
      status: "active",
      owner: { id: ws.members.pm.id, name: ws.members.pm.name, email: ws.members.pm.email },
    });
    expect(service.descriptionHtml).toContain("<strong>fast</strong>");
    expect(service.descriptionHtml).not.toContain("<script>");
    // Engineer 10–20 d × €900, PM 2–4.5 d × €1,100.
    expect(service.totals).toEqual({
      effortDays: { min: 12, max: 24.5 },
      price: { min: 10 * 90000 + 2 * 110000, max: 20 * 90000 + 4.5 * 110000 },
      currency: "EUR",
      phases: [
        { name: "Build", effortDays: { min: 12, max: 24.5 }, price: { min: 1_120_000, max: 2_295_000 } },
      ],
      unpricedRoles: [],
    });

    const read = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/services/${service.id}` });
    expect(read.statusCode).toBe(200);
    // The same service; a rep may not change it.
    expect(read.json()).toEqual({ ...service, permissions: { update: false, delete: false } });
  });

  it("reports roles without a rate as unpriced", async () => {
    const service = await createService(t.app, ws.members.pmo, {
      rateCard: [{ role: "engineer", dailyRate: 80000 }],
    });
    expect(service.totals.unpricedRoles).toEqual(["Project manager"]);
    expect(service.totals.price).toEqual({ min: 800_000, max: 1_600_000 });
  });

  it("updates only the fields sent and bumps the version", async () => {
    const created = await createService(t.app, ws.members.pmo, { ownerId: ws.members.pmo.id });
    const response = await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: `/api/v1/services/${created.id}`,
      payload: { version: 1, leadTimeWeeks: 3, status: "retired" },
    });
    expect(response.statusCode).toBe(200);
    const updated = response.json<Service>();
    expect(updated).toMatchObject({ leadTimeWeeks: 3, status: "retired", version: 2 });
    expect({ ...updated, leadTimeWeeks: 1, status: "active", version: 1, updatedAt: created.updatedAt }).toEqual(created);

    const cleared = await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${created.id}`,
      payload: { version: 2, ownerId: null },
    });
    expect(cleared.json()).toMatchObject({ owner: null, version: 3 });
  });

  it("keeps the list's totals in step when only the rate card changes", async () => {
    const service = await createService(t.app, ws.members.pmo, { name: "Totals in step" });
    const changed = await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${service.id}`,
      payload: { version: service.version, rateCard: [{ role: "Engineer", dailyRate: 100000 }] },
    });
    expect(changed.json().totals.price).toEqual({ min: 1_000_000, max: 2_000_000 });
    const list = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/services?q=${encodeURIComponent("Totals in step")}` });
    expect(list.json().items[0].totals).toEqual({
      effortDays: { min: 12, max: 24.5 },
      price: { min: 1_000_000, max: 2_000_000 },
      currency: "EUR",
    });
  });

  it("answers a stale version with 409 and changes nothing", async () => {
    const created = await createService(t.app, ws.members.pmo);
    const first = await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${created.id}`,
      payload: { version: 1, summary: "First edit" },
    });
    expect(first.statusCode).toBe(200);
    const stale = await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${created.id}`,
      payload: { version: 1, summary: "Second edit" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    expect(stale.json()).toMatchObject({ code: "stale_version" });
    const read = await as(t.app, ws.members.pmo)({ method: "GET", url: `/api/v1/services/${created.id}` });
    expect(read.json()).toMatchObject({ summary: "First edit", version: 2 });
  });

  it("refuses a second service of the same name, whatever its case", async () => {
    await createService(t.app, ws.members.pmo, { name: "ERP rollout" });
    const response = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: serviceInput({ name: "  erp ROLLOUT " }),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "duplicate_name" });
  });

  it("writes nothing when an update fails", async () => {
    await createService(t.app, ws.members.pmo, { name: "Security assessment" });
    const target = await createService(t.app, ws.members.pmo, { name: "PMO setup" });
    const auditBefore = await auditCount(target.id);

    const attempts = [
      { version: 1, name: "SECURITY assessment", summary: "changed" }, // duplicate name
      { version: 1, summary: "changed", ownerId: "0190a0a0-0000-7000-8000-000000000000" }, // unknown owner
      { version: 1, summary: "changed", durationMinWeeks: 10 }, // above the stored maximum
      { version: 7, summary: "changed" }, // stale
    ];
    const statuses = [];
    for (const payload of attempts) {
      const response = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/services/${target.id}`, payload });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([409, 400, 400, 409]);

    const read = await as(t.app, ws.members.pmo)({ method: "GET", url: `/api/v1/services/${target.id}` });
    expect(read.json()).toEqual(target);
    expect(await auditCount(target.id)).toBe(auditBefore);
  });

  it("deletes a service: 204, then 404", async () => {
    const created = await createService(t.app, ws.members.pmo);
    const response = await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/services/${created.id}` });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe("");
    const read = await as(t.app, ws.members.pmo)({ method: "GET", url: `/api/v1/services/${created.id}` });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: "not_found" });
    const again = await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/services/${created.id}` });
    expect(again.statusCode).toBe(404);
  });

  it("audits create, update and delete in the same breath", async () => {
    const created = await createService(t.app, ws.members.pmo, { name: "Audited service" });
    await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${created.id}`,
      payload: { version: 1, summary: "Now with a summary" },
    });
    await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/services/${created.id}` });

    const rows = await t.database.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("workspace_id", "=", ws.id)
      .where("record_id", "=", created.id)
      .orderBy("at")
      .orderBy("id")
      .execute();
    expect(rows.map((row) => row.action)).toEqual(["create", "update", "delete"]);
    expect(rows.every((row) => row.actor_member_id === ws.members.pmo.id && row.record_type === "service")).toBe(true);
    expect(rows[0]?.summary).toBe('Service "Audited service"');
    expect(rows[0]?.before).toBeNull();
    // The audit log records the service itself, without what its creator might do with it.
    const { permissions: _permissions, ...record } = created;
    expect(JSON.parse(rows[0]?.after ?? "null")).toEqual(record);
    expect(JSON.parse(rows[1]?.before ?? "null")).toMatchObject({ summary: created.summary, version: 1 });
    expect(JSON.parse(rows[1]?.after ?? "null")).toMatchObject({ summary: "Now with a summary", version: 2 });
    expect(JSON.parse(rows[2]?.before ?? "null")).toMatchObject({ version: 2 });
    expect(rows[2]?.after).toBeNull();
  });
});
