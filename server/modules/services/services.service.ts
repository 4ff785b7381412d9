import { memberRefs } from "#server/modules/members/members.service.ts";
import { writeAudit, type AuditActor } from "#server/modules/audit/audit.writer.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { badRequest, conflict, notFound, staleVersion } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { parseSort, toPage } from "#server/kernel/pagination.ts";
import type { Page } from "#shared/contracts/common.ts";
import { servicePolicy } from "#shared/policies/services.ts";
import type {
  CreateServiceData,
  Service,
  ServiceListQuery,
  ServiceRecord,
  ServiceSummary,
  UpdateServiceInput,
} from "#shared/contracts/services.ts";
import { presentService, presentServiceSummary, servicePermissions, serviceSummary, type Owners } from "./services.presenter.ts";
import * as repository from "./services.repository.ts";
import type { ServiceRow, ServiceValues } from "./services.repository.ts";

const SORT_COLUMNS = { name: "services.name", createdAt: "services.created_at" };

const invalid = (field: string, message: string) =>
  badRequest("validation_failed", "Some fields are missing or invalid.", [{ path: `body.${field}`, message }]);

const duplicateName = (name: string) =>
  conflict("duplicate_name", `A service named "${name}" already exists in this workspace.`, "body.name");

export async function listServices(ctx: RequestContext, query: ServiceListQuery): Promise<Page<ServiceSummary>> {
  const sort = parseSort(query.sort, SORT_COLUMNS);
  const rows = await repository.listServices(ctx.db, ctx.workspaceId, {
    filter: { q: query.q, status: query.status, ownerId: query.ownerId },
    sort,
    cursor: query.cursor,
    limit: query.limit,
  });
  const sortValue = sort.column === SORT_COLUMNS.name ? "name" : "created_at";
  const permissions = servicePermissions(ctx.actor);
  const owners = await memberRefs(ctx.db, ctx.workspaceId, rows.map((row) => row.owner_member_id));
  return toPage(rows, query.limit, (row) => [row[sortValue], row.id], (row) => ({ ...presentServiceSummary(row, owners), permissions }));
}

export async function getService(ctx: RequestContext, id: string): Promise<Service> {
  const row = await repository.findServiceById(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound("service");
  return { ...presentService(row, await ownersOf(ctx.db, ctx.workspaceId, row)), permissions: servicePermissions(ctx.actor) };
}

const ownersOf = (db: Executor, workspaceId: string, ...rows: Pick<ServiceRow, "owner_member_id">[]) =>
  memberRefs(db, workspaceId, rows.map((row) => row.owner_member_id));

/** A new owner must be an active member; their name comes with the check. */
async function requireOwner(db: Executor, workspaceId: string, ownerId: string | null | undefined): Promise<Owners> {
  if (!ownerId) return new Map();
  const owners = await memberRefs(db, workspaceId, [ownerId], { activeOnly: true });
  if (!owners.has(ownerId)) throw invalid("ownerId", "Not an active member of this workspace.");
  return owners;
}

export async function createService(ctx: RequestContext, input: CreateServiceData): Promise<Service> {
  const record = await ctx.db.transaction().execute((trx) => addService(trx, ctx.actor, input));
  return { ...record, permissions: servicePermissions(ctx.actor) };
}

/** Creates and audits a service inside the caller's transaction (the API, the demo seed). */
export async function addService(trx: Executor, actor: AuditActor, input: CreateServiceData): Promise<ServiceRecord> {
  const owners = await requireOwner(trx, actor.workspaceId, input.ownerId);
  const id = newId();
  const stored = await repository.insertService(trx, actor.workspaceId, { id, at: now(), values: toValues(input) });
  if (stored === "duplicate_name") throw duplicateName(input.name);
  const after = presentService(stored, owners);
  await writeAudit(trx, actor, {
    action: "create",
    recordType: "service",
    recordId: id,
    summary: serviceSummary(after),
    after,
  });
  await recordEvent(trx, actor, { type: "service.created", recordType: "service", recordId: id, payload: { service: after } });
  return after;
}

export async function updateService(ctx: RequestContext, id: string, input: UpdateServiceInput): Promise<Service> {
  return ctx.db.transaction().execute(async (trx) => {
    enforce(servicePolicy.update(ctx.actor));
    const current = await repository.findServiceById(trx, ctx.workspaceId, id);
    if (!current) throw notFound("service");
    if (current.version !== input.version) throw staleVersion("service");

    const { version, ...changes } = input;
    const minWeeks = changes.durationMinWeeks ?? current.duration_min_weeks;
    const maxWeeks = changes.durationMaxWeeks ?? current.duration_max_weeks;
    if (maxWeeks < minWeeks) throw invalid("durationMaxWeeks", "Longest duration is below the shortest.");
    const newOwner = changes.ownerId !== undefined ? await requireOwner(trx, ctx.workspaceId, changes.ownerId) : new Map();

    // The stored totals derive from template, rate card and currency together.
    const pricing =
      changes.estimationTemplate || changes.rateCard || changes.currency
        ? {
            estimationTemplate: changes.estimationTemplate ?? current.estimation_template,
            rateCard: changes.rateCard ?? current.rate_card,
            currency: changes.currency ?? current.currency,
          }
        : {};
    const stored = await repository.updateService(trx, ctx.workspaceId, {
      id,
      version,
      at: now(),
      values: toValues({ ...changes, ...pricing }),
    });
    if (stored === "duplicate_name") throw duplicateName(changes.name ?? current.name);
    if (stored === "stale") {
      // Someone else got there between the read and the write: changed it, or deleted it.
      const still = await repository.findServiceById(trx, ctx.workspaceId, id);
      throw still ? staleVersion("service") : notFound("service");
    }

    const owners = new Map([...(await ownersOf(trx, ctx.workspaceId, current)), ...newOwner]);
    const before = presentService(current, owners);
    const after = presentService(stored, owners);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "service",
      recordId: id,
      summary: serviceSummary(after),
      before,
      after,
    });
    await recordEvent(trx, ctx.actor, {
      type: "service.updated",
      recordType: "service",
      recordId: id,
      payload: { service: after, previous: before },
    });
    return { ...after, permissions: servicePermissions(ctx.actor) };
  });
}

export async function deleteService(ctx: RequestContext, id: string): Promise<void> {
  enforce(servicePolicy.delete(ctx.actor));
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repository.findServiceById(trx, ctx.workspaceId, id);
    if (!current) throw notFound("service");
    if (!(await repository.deleteService(trx, ctx.workspaceId, id))) throw notFound("service");
    const before = presentService(current, await ownersOf(trx, ctx.workspaceId, current));
    await writeAudit(trx, ctx.actor, {
      action: "delete",
      recordType: "service",
      recordId: id,
      summary: serviceSummary(before),
      before,
    });
    await recordEvent(trx, ctx.actor, { type: "service.deleted", recordType: "service", recordId: id, payload: { service: before } });
  });
}

/** API field names → column names; only the fields given. */
function toValues(input: CreateServiceData): ServiceValues;
function toValues(input: Omit<UpdateServiceInput, "version">): Partial<ServiceValues>;
function toValues(input: Omit<UpdateServiceInput, "version">): Partial<ServiceValues> {
  const values: Partial<ServiceValues> = {
    name: input.name,
    summary: input.summary,
    description: input.description,
    duration_min_weeks: input.durationMinWeeks,
    duration_max_weeks: input.durationMaxWeeks,
    lead_time_weeks: input.leadTimeWeeks,
    estimation_template: input.estimationTemplate,
    currency: input.currency,
    rate_card: input.rateCard,
    owner_member_id: input.ownerId,
    status: input.status,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** For other modules: the names of services by id, in one query; ids of no service of the workspace are left out. */
export async function serviceRefs(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const rows = await repository.listServiceRefs(db, workspaceId, [...new Set(ids)]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** For other modules: the ids among `ids` that are services of the workspace. */
export async function existingServiceIds(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await serviceRefs(db, workspaceId, ids)).keys());
}

/** For other modules (the getting-started checklist). */
export const countServices = (db: Executor, workspaceId: string): Promise<number> => repository.countServices(db, workspaceId);

/** For other modules: every active service of the workspace, by name. */
export const activeServiceRefs = (db: Executor, workspaceId: string): Promise<{ id: string; name: string }[]> => repository.listActiveServiceRefs(db, workspaceId);
