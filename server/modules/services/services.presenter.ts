import { renderMarkdown } from "#server/kernel/markdown.ts";
import { computeTotals } from "#shared/catalog/totals.ts";
import type { MemberRef } from "#shared/contracts/common.ts";
import type { ServiceRecord, ServiceSummary } from "#shared/contracts/services.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { servicePolicy, type ServicePermissions } from "#shared/policies/services.ts";
import type { ServiceRow, ServiceSummaryRow } from "./services.repository.ts";

/** Owners by member id, from the members module: one lookup for a whole list. */
export type Owners = ReadonlyMap<string, MemberRef>;

export function presentService(row: ServiceRow, owners: Owners): ServiceRecord {
  return {
    ...presentServiceSummary(row, owners),
    totals: computeTotals(row.estimation_template, row.rate_card, row.currency),
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    estimationTemplate: row.estimation_template,
    rateCard: row.rate_card,
  };
}

export function presentServiceSummary(row: ServiceSummaryRow, owners: Owners): Omit<ServiceSummary, "permissions"> {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    durationMinWeeks: row.duration_min_weeks,
    durationMaxWeeks: row.duration_max_weeks,
    leadTimeWeeks: row.lead_time_weeks,
    currency: row.currency,
    owner: row.owner_member_id ? (owners.get(row.owner_member_id) ?? null) : null,
    status: row.status,
    totals: {
      effortDays: { min: row.effort_min_days, max: row.effort_max_days },
      price: { min: row.price_min, max: row.price_max },
      currency: row.currency,
    },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The one line the audit log shows for a service. */
export const serviceSummary = (service: Pick<ServiceRecord, "name">) => `Service "${service.name}"`;

/** What the caller may do with any service: the catalog's rules depend on roles only. */
export const servicePermissions = (actor: PolicyActor): ServicePermissions => permissionsOf(servicePolicy, actor, null);
