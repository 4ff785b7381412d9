import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { MemberAcknowledgementSchema } from "#shared/contracts/cheatsheets.ts";
import type { Page } from "#shared/contracts/common.ts";
import { api, toQuery } from "#web/api-client.ts";

export type MemberAcknowledgement = z.infer<typeof MemberAcknowledgementSchema>;

/** One member's newest acknowledgement of each published sheet, in title order; without `memberId`, the caller's own. */
export function getMemberAcknowledgements(memberId: string | undefined, cursor?: string, limit = 50): Promise<Page<MemberAcknowledgement>> {
  return api<Page<MemberAcknowledgement>>("GET", `/cheatsheets/acknowledgements${toQuery({ memberId, cursor, limit })}`);
}

// Under the sheet lists' key on purpose: whatever refreshes the lists (an
// acknowledgement, a new version published, a sheet archived) refreshes these too.
const baseKey = (memberId: string | undefined) => ["cheatsheets", "list", "acknowledgements", memberId ?? "mine"] as const;

export const memberAcknowledgementsQueryOptions = (memberId: string | undefined) =>
  infiniteQueryOptions({
    queryKey: [...baseKey(memberId), "page"],
    queryFn: ({ pageParam }) => getMemberAcknowledgements(memberId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useMemberAcknowledgements(memberId: string | undefined) {
  return useInfiniteQuery(memberAcknowledgementsQueryOptions(memberId));
}

export interface AcknowledgementCounts {
  /** Published sheets counted. */
  sheets: number;
  /** Acknowledged in their current version. */
  current: number;
  /** Acknowledged in an older version only: the current one asks again. */
  askedAgain: number;
  /** False when there were more sheets than the walk reads. */
  complete: boolean;
}

// The API gives no totals, so the summary walks the pages; the cap keeps a
// runaway workspace from costing more than a few requests.
const COUNT_PAGE = 200;
const MAX_PAGES = 10;

export async function getAcknowledgementCounts(memberId: string | undefined): Promise<AcknowledgementCounts> {
  const counts: AcknowledgementCounts = { sheets: 0, current: 0, askedAgain: 0, complete: true };
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getMemberAcknowledgements(memberId, cursor, COUNT_PAGE);
    for (const item of result.items) {
      counts.sheets += 1;
      if (item.current) counts.current += 1;
      else if (item.acknowledgedVersion !== null) counts.askedAgain += 1;
    }
    if (!result.nextCursor) return counts;
    cursor = result.nextCursor;
  }
  return { ...counts, complete: false };
}

export const acknowledgementCountsQueryOptions = (memberId: string | undefined) =>
  queryOptions({ queryKey: [...baseKey(memberId), "counts"], queryFn: () => getAcknowledgementCounts(memberId) });

export function useAcknowledgementCounts(memberId: string | undefined) {
  return useQuery(acknowledgementCountsQueryOptions(memberId));
}
