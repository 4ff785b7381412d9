import type { Actor } from "#server/kernel/access.ts";
import { hasAnyRole } from "#shared/policies/policy.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { SEARCH_AUDIENCES, searchDocuments } from "#server/kernel/search/search.ts";
import { CHEATSHEET_KIND } from "#server/modules/cheatsheets/cheatsheets.search.ts";
import { staleSheetIds } from "#server/modules/cheatsheets/cheatsheets.service.ts";

import { SEARCH_KINDS, type SearchQuery, type SearchResults } from "#shared/contracts/search.ts";
import { CHEATSHEET_WRITERS } from "#shared/policies/roles.ts";
import { isSearchKind, presentSearchHit } from "./search.presenter.ts";

/**
 * Which copies a member may find. Writers search the working copies of cheat
 * sheets, drafts included; everyone else only the published copies. Glossary
 * terms are indexed for all.
 */
export function audiencesFor(actor: Pick<Actor, "roles">): string[] {
  const sheets = hasAnyRole(actor, CHEATSHEET_WRITERS) ? SEARCH_AUDIENCES.writers : SEARCH_AUDIENCES.readers;
  return [sheets, SEARCH_AUDIENCES.all];
}

export async function search(ctx: RequestContext, query: SearchQuery): Promise<SearchResults> {
  const audiences = audiencesFor(ctx.actor);
  const hits = await searchDocuments(ctx.db, {
    workspaceId: ctx.workspaceId,
    text: query.q,
    audiences,
    // Only the kinds this route knows how to link to; later kinds join SEARCH_KINDS with their access rules.
    kinds: query.kind ? [query.kind] : [...SEARCH_KINDS],
    status: query.status,
    tag: query.tag,
    serviceId: query.serviceId,
    limit: query.limit,
  });
  const stale = await staleSheetIds(ctx.db, ctx.workspaceId, hits.filter((hit) => hit.kind === CHEATSHEET_KIND).map((hit) => hit.recordId));
  return {
    items: hits.flatMap((hit) => (isSearchKind(hit.kind) ? [presentSearchHit({ ...hit, kind: hit.kind }, stale.has(hit.recordId))] : [])),
  };
}
