import { queryOptions } from "@tanstack/react-query";
import { api, apiUrl, call } from "#web/api-client.ts";

/** The caller's own current certifications (the API shows others' only to those who see everyone's readiness). */
export const myCertificationsQueryOptions = (memberId: string) =>
  queryOptions({
    queryKey: ["certifications", "member", memberId],
    queryFn: () => call(api.GET("/api/v1/certifications", { params: { query: { memberId, limit: 200 } } })),
  });

export const certificatePdfUrl = (id: string) => apiUrl("/api/v1/certifications/{id}/pdf", { path: { id } });
