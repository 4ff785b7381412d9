import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { MemberAcknowledgementPage, MemberAcknowledgementSchema } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export type MemberAcknowledgement = z.infer<typeof MemberAcknowledgementSchema>;

/** One member's newest acknowledgement of each published sheet, in title order; without `memberId`, the caller's own. */
export function getMemberAcknowledgements(memberId: string | undefined, cursor?: string, limit = 50): Promise<MemberAcknowledgementPage> {
  return call(api.GET("/api/v1/cheatsheets/acknowledgements", { params: { query: { memberId, cursor, limit } } }));
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

export type AcknowledgementCounts = MemberAcknowledgementPage["summary"];

/** The server counts over every published sheet; one row is the smallest page that carries the summary. */
export async function getAcknowledgementCounts(memberId: string | undefined): Promise<AcknowledgementCounts> {
  return (await getMemberAcknowledgements(memberId, undefined, 1)).summary;
}

export const acknowledgementCountsQueryOptions = (memberId: string | undefined) =>
  queryOptions({ queryKey: [...baseKey(memberId), "counts"], queryFn: () => getAcknowledgementCounts(memberId) });

export function useAcknowledgementCounts(memberId: string | undefined) {
  return useQuery(acknowledgementCountsQueryOptions(memberId));
}
