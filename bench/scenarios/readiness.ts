import type { CompiledQuery } from "kysely";
import type { Db, DatabaseKind } from "#server/kernel/db/database.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { listCurrentExpiries, listRequirements } from "#server/modules/certifications/certifications.repository.ts";
import { countCurrentAcknowledgementsByService, countPublishedSheetsByService } from "#server/modules/cheatsheets/cheatsheets.receipts.repository.ts";
import { listActiveDirectory } from "#server/modules/members/members.repository.ts";
import { listActiveServiceRefs } from "#server/modules/services/services.repository.ts";
import { findSettings } from "#server/modules/settings/settings.repository.ts";
import type { BenchData } from "../generate.ts";
import { recordQuery } from "./services-list.ts";

export const READINESS_MEMBERS = 2000;
export const READINESS_SERVICES = 50;
export const READINESS_PATH = `/api/v1/readiness?limit=${READINESS_MEMBERS}`;
export const READINESS_P95_TARGET_MS = 300;
const SHEETS_PER_SERVICE = 2;
const CHUNK = 500;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * The measured workspace's team: 2,000 reps and sales engineers, 50 active
 * services (the others retired) each needing a certification, about three
 * in four cells certified with expiries from two months ago to a year ahead,
 * and two published sheets per service, each acknowledged by half the team.
 */
export async function seedReadiness(db: Db, data: BenchData): Promise<void> {
  const at = now();
  await db.transaction().execute(async (trx) => {
    const services = (await listActiveServiceRefs(trx, data.workspaceId)).slice(0, READINESS_SERVICES);
    await trx.updateTable("services").set({ status: "retired" }).where("workspace_id", "=", data.workspaceId).where("id", "not in", services.map((s) => s.id)).execute();
    await insertChunks(
      services.map((service) => ({ workspace_id: data.workspaceId, service_id: service.id, validity_months: 12, attendance_months: null, version: 1, created_at: at, updated_at: at })),
      (chunk) => trx.insertInto("certification_requirements").values(chunk).execute(),
    );
    const members = Array.from({ length: READINESS_MEMBERS }, (_, i) => ({ id: newId(), userId: newId(), i }));
    await insertChunks(members, (chunk) =>
      trx.insertInto("users").values(chunk.map((m) => ({ id: m.userId, email: `seller-${m.i}@bench.example`, name: `Seller ${String(m.i).padStart(4, "0")}`, password_hash: "unused", created_at: at }))).execute(),
    );
    await insertChunks(members, (chunk) =>
      trx
        .insertInto("members")
        .values(chunk.map((m) => ({ id: m.id, workspace_id: data.workspaceId, user_id: m.userId, roles: JSON.stringify([m.i % 4 === 0 ? "se" : "rep"]), status: "active" as const, version: 1, created_at: at, updated_at: at })))
        .execute(),
    );
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const certifications = members.flatMap((m) =>
      services.flatMap((service, s) =>
        (m.i + s) % 4 === 3
          ? []
          : [{ id: newId(), workspace_id: data.workspaceId, member_id: m.id, service_id: service.id, number: 1, earned_at: at, earned_on: day(-300), expires_on: day(((m.i * 7 + s * 13) % 460) - 60), validity_months: 12, quiz_attempt_id: newId(), current: 1 }],
      ),
    );
    await insertChunks(certifications, (chunk) => trx.insertInto("certifications").values(chunk).execute());
    const sheets = services.flatMap((service) => Array.from({ length: SHEETS_PER_SERVICE }, (_, n) => ({ id: newId(), serviceId: service.id, title: `${service.name}, sheet ${n + 1}` })));
    await insertChunks(sheets, (chunk) =>
      trx
        .insertInto("cheat_sheets")
        .values(chunk.map((sheet) => ({ id: sheet.id, workspace_id: data.workspaceId, title: sheet.title, pitch: "", body: "", tags: "[]", owner_member_id: data.ownerId, draft_author_member_id: null, status: "published" as const, draft_status: null, published_version: 1, published_at: at, verification_interval_days: 90, verified_at: at, verified_by_member_id: null, verify_due_at: day(90), stale_notified_at: null, version: 1, created_at: at, updated_at: at })))
        .execute(),
    );
    await insertChunks(sheets, (chunk) =>
      trx.insertInto("cheat_sheet_links").values(chunk.map((sheet) => ({ workspace_id: data.workspaceId, sheet_id: sheet.id, copy: "published" as const, target_type: "service" as const, target_id: sheet.serviceId }))).execute(),
    );
    const acknowledgements = sheets.flatMap((sheet, s) =>
      members.filter((m) => (m.i + s) % 2 === 0).map((m) => ({ workspace_id: data.workspaceId, sheet_id: sheet.id, member_id: m.id, version_number: 1, acknowledged_at: at })),
    );
    await insertChunks(acknowledgements, (chunk) => trx.insertInto("cheat_sheet_acknowledgements").values(chunk).execute());
  });
}

/** The statements Tandem runs for the matrix, recorded from the repositories themselves; the current certifications first (its rows are answered). */
export async function readinessQueries(data: BenchData, kind: DatabaseKind): Promise<CompiledQuery[]> {
  return [
    await recordQuery(kind, (db) => listCurrentExpiries(db, data.workspaceId)),
    await recordQuery(kind, (db) => listActiveDirectory(db, data.workspaceId, ["rep", "se"])),
    await recordQuery(kind, (db) => listActiveServiceRefs(db, data.workspaceId)),
    await recordQuery(kind, (db) => listRequirements(db, data.workspaceId)),
    await recordQuery(kind, (db) => findSettings(db, data.workspaceId)),
    await recordQuery(kind, (db) => countPublishedSheetsByService(db, data.workspaceId)),
    await recordQuery(kind, (db) => countCurrentAcknowledgementsByService(db, data.workspaceId)),
  ];
}

export function checkReadiness(body: unknown): string | null {
  const matrix = body as { rows?: { states: unknown[] }[]; services?: unknown[] };
  if (matrix.services?.length !== READINESS_SERVICES) return `expected ${READINESS_SERVICES} services, got ${matrix.services?.length}`;
  if (matrix.rows?.length !== READINESS_MEMBERS) return `expected ${READINESS_MEMBERS} rows, got ${matrix.rows?.length}`;
  if (matrix.rows.some((row) => row.states.length !== READINESS_SERVICES)) return "a row without a cell per service";
  return null;
}

/** Sequential requests, one at a time: the wait one sales manager opening the matrix feels. */
export async function timeRequests(url: string, headers: Record<string, string>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

export const percentile = (times: readonly number[], p: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
