import type { RequestContext } from "#server/kernel/context.ts";
import { badRequest } from "#server/kernel/errors.ts";
import { workspaceCertifications } from "#server/modules/certifications/certifications.service.ts";
import { acknowledgementsByService } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { activeDirectory } from "#server/modules/members/members.service.ts";
import { activeServiceRefs } from "#server/modules/services/services.service.ts";
import type { Role } from "#shared/contracts/common.ts";
import { cellOf, maySell, type ReadinessExportQuery, type ReadinessMatrix, type ReadinessQuery, type ReadinessRow, type ReadinessState } from "#shared/contracts/readiness.ts";
import { seesEveryonesReadiness } from "#shared/policies/certifications.ts";

/** Who the matrix lists unless a role is picked: those who sell. */
const SELLERS: Role[] = ["rep", "se"];

export type ReadinessTable = Omit<ReadinessMatrix, "nextCursor" | "check">;

/**
 * Members × services with each cell's certification state and the linked
 * sheets acknowledged. Five queries whatever the team's size, assembled
 * here; members who do not see everyone's readiness get their own row only.
 */
export async function readinessTable(ctx: RequestContext, query: ReadinessExportQuery): Promise<ReadinessTable> {
  const everyone = seesEveryonesReadiness(ctx.actor);
  const [directory, allServices, certifications, acknowledgements] = await Promise.all([
    activeDirectory(ctx.db, ctx.workspaceId, query.role ? [query.role] : everyone && !query.member ? SELLERS : undefined),
    activeServiceRefs(ctx.db, ctx.workspaceId),
    workspaceCertifications(ctx.db, ctx.workspaceId),
    acknowledgementsByService(ctx.db, ctx.workspaceId),
  ]);
  const memberId = everyone ? query.member : ctx.actor.memberId;
  if (!everyone && query.member && query.member !== ctx.actor.memberId) return { services: [], rows: [], total: 0 };
  const members = memberId ? directory.filter((member) => member.id === memberId) : directory;
  const services = (query.service ? allServices.filter((service) => service.id === query.service) : allServices).map((service) => ({
    ...service,
    certificationRequired: certifications.required.has(service.id),
    sheets: acknowledgements.sheets.get(service.id) ?? 0,
  }));
  const rows = members.map((member): ReadinessRow => {
    const states: ReadinessState[] = [];
    const expiresOn: (string | null)[] = [];
    const sheetsAcknowledged: number[] = [];
    const heldByMember = certifications.held.get(member.id);
    const acknowledgedByMember = acknowledgements.acknowledged.get(member.id);
    let ready = 0;
    for (const service of services) {
      const held = heldByMember?.get(service.id);
      const state: ReadinessState = !service.certificationRequired ? "not_required" : held ? held.state : "missing";
      states.push(state);
      expiresOn.push(held?.expiresOn ?? null);
      sheetsAcknowledged.push(acknowledgedByMember?.get(service.id) ?? 0);
      if (maySell(state)) ready++;
    }
    return { member: { id: member.id, name: member.name, email: member.email }, roles: member.roles, states, expiresOn, sheetsAcknowledged, ready };
  });
  if (query.sort.endsWith("readiness")) {
    const direction = query.sort.startsWith("-") ? -1 : 1;
    rows.sort((a, b) => direction * (a.ready - b.ready) || a.member.name.localeCompare(b.member.name));
  } else if (query.sort === "-name") rows.reverse();
  return { services, rows, total: rows.length };
}

const offsetOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0;
  const offset = Number(cursor);
  if (!Number.isInteger(offset) || offset < 0) throw badRequest("invalid_cursor", "This cursor is not one Tandem gave out. Start from the first page.");
  return offset;
};

/** One page of the matrix, and the answer for one member and service when both are asked. */
export async function readinessMatrix(ctx: RequestContext, query: ReadinessQuery): Promise<ReadinessMatrix> {
  const offset = offsetOf(query.cursor);
  const table = await readinessTable(ctx, query);
  const rows = table.rows.slice(offset, offset + query.limit);
  const only = query.member && query.service && table.rows.length === 1 && table.services.length === 1 ? cellOf(table.rows[0]!, 0) : null;
  return {
    ...table,
    rows,
    nextCursor: offset + query.limit < table.rows.length ? String(offset + query.limit) : null,
    check: only && { memberId: query.member!, serviceId: query.service!, state: only.state, expiresOn: only.expiresOn, certified: maySell(only.state) },
  };
}
