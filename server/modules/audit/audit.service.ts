import type { RequestContext } from "#server/kernel/context.ts";
import { badRequest, notFound } from "#server/kernel/errors.ts";
import { toPage } from "#server/kernel/pagination.ts";
import type { AuditEntry, AuditListQuery } from "#shared/contracts/audit.ts";
import type { Page } from "#shared/contracts/common.ts";
import { presentAuditEntry } from "./audit.presenter.ts";
import * as repository from "./audit.repository.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** `to` is a whole UTC day: everything before the next midnight is in. */
const startOfDay = (date: string) => `${date}T00:00:00.000Z`;
const startOfNextDay = (date: string) => new Date(Date.parse(startOfDay(date)) + DAY_MS).toISOString();

export async function listAuditEntries(ctx: RequestContext, query: AuditListQuery): Promise<Page<AuditEntry>> {
  if (query.from && query.to && query.from > query.to) {
    throw badRequest("validation_failed", "Some fields are missing or invalid.", [
      { path: "querystring.to", message: "The last day is before the first." },
    ]);
  }
  const rows = await repository.listAuditEntries(ctx.db, ctx.workspaceId, {
    filter: {
      memberId: query.memberId,
      recordType: query.recordType,
      recordId: query.recordId,
      action: query.action,
      fromAt: query.from && startOfDay(query.from),
      beforeAt: query.to && startOfNextDay(query.to),
    },
    cursor: query.cursor,
    limit: query.limit,
  });
  return toPage(rows, query.limit, (row) => [row.at, row.id], presentAuditEntry);
}

export async function getAuditEntry(ctx: RequestContext, id: string): Promise<AuditEntry> {
  const row = await repository.findAuditEntry(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound("audit entry");
  return presentAuditEntry(row);
}
