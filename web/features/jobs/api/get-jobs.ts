import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Job, JobListQuery } from "#shared/contracts/jobs.ts";
import { api, call } from "#web/api-client.ts";

export type JobFilters = Partial<Pick<JobListQuery, "status" | "kind">>;

/** The workspace's background jobs, newest first. */
export function getJobs(filters: JobFilters, cursor?: string): Promise<Page<Job>> {
  return call(api.GET("/api/v1/jobs", { params: { query: { ...filters, cursor, limit: 50 } } }));
}

export const jobsQueryOptions = (filters: JobFilters) =>
  infiniteQueryOptions({
    queryKey: ["jobs", "list", filters],
    queryFn: ({ pageParam }) => getJobs(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
