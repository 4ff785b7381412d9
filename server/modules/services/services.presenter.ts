import { renderMarkdown } from "#server/kernel/markdown.ts";
import { computeTotals } from "#shared/catalog/totals.ts";
import type { Service } from "#shared/contracts/services.ts";
import type { ServiceRow } from "./services.repository.ts";

export function presentService(row: ServiceRow): Service {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    durationMinWeeks: row.duration_min_weeks,
    durationMaxWeeks: row.duration_max_weeks,
    leadTimeWeeks: row.lead_time_weeks,
    estimationTemplate: row.estimation_template,
    currency: row.currency,
    rateCard: row.rate_card,
    owner:
      row.owner_member_id && row.owner_name !== null && row.owner_email !== null
        ? { id: row.owner_member_id, name: row.owner_name, email: row.owner_email }
        : null,
    status: row.status,
    totals: computeTotals(row.estimation_template, row.rate_card, row.currency),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The one line the audit log shows for a service. */
export const serviceSummary = (service: Pick<Service, "name">) => `Service "${service.name}"`;
