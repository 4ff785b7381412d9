import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

// A sales team is a few hundred people at most; the cap only guards against a runaway loop.
const MAX_PAGES = 10;

/** Active members holding the rep role, as choices for whose acknowledgements to show. */
export async function getRepOptions(): Promise<{ value: string; label: string }[]> {
  const options: { value: string; label: string }[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await call(api.GET("/api/v1/members", { params: { query: { status: "active", role: "rep", sort: "name", limit: 200, cursor } } }));
    options.push(...result.items.map((member) => ({ value: member.id, label: `${member.name} (${member.email})` })));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return options;
}

export const repOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["members", "options", "cheatsheet-reps"], queryFn: getRepOptions, staleTime: 60_000 });

export function useRepOptions() {
  return useQuery(repOptionsQueryOptions());
}
