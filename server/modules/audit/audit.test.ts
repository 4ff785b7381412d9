import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/kernel/ids.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import type { AuditEntry } from "#shared/contracts/audit.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Service } from "#shared/contracts/services.ts";
import { createService } from "../services/services.fixtures.ts";

describe("GET /api/v1/audit", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let kept: Service;
  let removed: Service;
  let foreign: Service;

  /** Entries of a made-up record type at fixed times, to test the day range. */
  const DATED = ["2026-01-01T00:00:00.000Z", "2026-01-01T23:59:59.999Z", "2026-01-02T12:00:00.000Z", "2026-01-03T00:00:00.000Z"];

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
    kept = await createService(t.app, ws.members.pmo, { name: "Cloud migration" });
    removed = await createService(t.app, ws.members.pmo, { name: "Old offering" });
    await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: `/api/v1/services/${kept.id}`,
      payload: { version: 1, summary: "Lift and shift, then modernise.", leadTimeWeeks: 4 },
    });
    await as(t.app, ws.members.admin)({ method: "DELETE", url: `/api/v1/services/${removed.id}` });
    foreign = await createService(t.app, other.members.pmo, { name: "Cloud migration" });

    for (const at of DATED) {
      await t.database.db
        .insertInto("audit_entries")
        .values({
          id: newId(),
          workspace_id: ws.id,
          actor_member_id: null,
          actor_name: "Import",
          action: "create",
          record_type: "dated_record",
          record_id: newId(),
          summary: `Dated ${at}`,
          before: null,
          after: JSON.stringify({ at }),
          at,
        })
        .execute();
    }
  });

  const list = async (query = "", member = ws.members.admin) => {
    const response = await as(t.app, member)({ method: "GET", url: `/api/v1/audit?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<AuditEntry>>();
  };

  it("lists the workspace's changes newest first, with before, after and changed fields", async () => {
    const page = await list("recordType=service");
    expect(page.items.map((entry) => [entry.action, entry.recordId])).toEqual([
      ["delete", removed.id],
      ["update", kept.id],
      ["create", removed.id],
      ["create", kept.id],
    ]);
    const [deleted, updated, , created] = page.items;
    expect(updated).toMatchObject({
      actor: { id: ws.members.admin.id, name: ws.members.admin.name },
      recordType: "service",
      summary: 'Service "Cloud migration"',
      before: { summary: kept.summary, leadTimeWeeks: 1, version: 1 },
      after: { summary: "Lift and shift, then modernise.", leadTimeWeeks: 4, version: 2 },
    });
    // version and updatedAt change on every write; the log names what a person changed.
    expect(updated?.changedFields.sort()).toEqual(["leadTimeWeeks", "summary"]);
    // The log records the service itself; `permissions` describe a caller and are not part of it.
    const { permissions: _permissions, ...keptRecord } = kept;
    expect(created).toMatchObject({ action: "create", before: null, after: keptRecord, actor: { id: ws.members.pmo.id } });
    expect(created?.changedFields.sort()).toEqual(Object.keys(keptRecord).sort());
    expect(deleted).toMatchObject({ before: { id: removed.id, name: "Old offering" }, after: null });
    const times = page.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("filters by member, record, action and type", async () => {
    const byAdmin = await list(`memberId=${ws.members.admin.id}`);
    expect(byAdmin.items.map((entry) => entry.action)).toEqual(["delete", "update"]);
    const byPmo = await list(`memberId=${ws.members.pmo.id}`);
    expect(byPmo.items.map((entry) => entry.recordId)).toEqual([removed.id, kept.id]);
    const byRecord = await list(`recordId=${kept.id}`);
    expect(byRecord.items.map((entry) => entry.action)).toEqual(["update", "create"]);
    const creates = await list("action=create&recordType=service");
    expect(creates.items).toHaveLength(2);
    const none = await list("recordType=deal");
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ["from=2026-01-01&to=2026-01-01", [DATED[1], DATED[0]]],
    ["from=2026-01-02&to=2026-01-02", [DATED[2]]],
    ["from=2026-01-02", [DATED[3], DATED[2]]],
    ["to=2026-01-02", [DATED[2], DATED[1], DATED[0]]],
    ["from=2025-12-01&to=2025-12-31", []],
  ])("keeps whole UTC days with %s", async (range, expected) => {
    const page = await list(`recordType=dated_record&${range}`);
    expect(page.items.map((entry) => entry.at)).toEqual(expected);
  });

  it("refuses a range that ends before it starts, and a date that is no date", async () => {
    const backwards = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/audit?from=2026-02-01&to=2026-01-01" });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ errors: [{ path: "querystring.to" }] });
    const bad = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/audit?from=2026-13-01" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: "querystring.from" }] });
  });

  it("pages by cursor without gaps or duplicates", async () => {
    const all = (await list("limit=200")).items.map((entry) => entry.id);
    expect(all).toHaveLength(8);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<AuditEntry> = await list(`limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      seen.push(...page.items.map((entry) => entry.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 20);
    expect(seen).toEqual(all);
  });

  it("reads one entry", async () => {
    const [entry] = (await list(`recordId=${kept.id}&action=update`)).items;
    const response = await as(t.app, ws.members.admin)({ method: "GET", url: `/api/v1/audit/${entry?.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(entry);
  });

  it("is for administrators only", async () => {
    for (const role of ["pmo", "pm", "rep", "se", "sales_manager"] as const) {
      const response = await as(t.app, ws.members[role])({ method: "GET", url: "/api/v1/audit" });
      expect(response.statusCode, role).toBe(403);
    }
    const [entry] = (await list()).items;
    const one = await as(t.app, ws.members.pmo)({ method: "GET", url: `/api/v1/audit/${entry?.id}` });
    expect(one.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/audit" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("never shows another workspace's entries", async () => {
    const theirs = await list("limit=200", other.members.admin);
    expect(theirs.items.map((entry) => entry.recordId)).toEqual([foreign.id]);
    const mine = await list("limit=200");
    expect(mine.items.some((entry) => entry.recordId === foreign.id)).toBe(false);
    const filtered = await list(`recordId=${foreign.id}`);
    expect(filtered.items).toEqual([]);
    const byForeignMember = await list(`memberId=${other.members.pmo.id}`);
    expect(byForeignMember.items).toEqual([]);

    const [entry] = (await list(`recordId=${kept.id}`)).items;
    const response = await as(t.app, other.members.admin)({ method: "GET", url: `/api/v1/audit/${entry?.id}` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: "not_found" });
  });
});
