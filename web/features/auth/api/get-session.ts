import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Session } from "#shared/contracts/auth.ts";
import { api, call, setCsrfToken } from "#web/api-client.ts";

export const SESSION_QUERY_KEY = ["session"] as const;

/** Every Session the API hands out carries the CSRF token for the next writes. */
export function rememberSession(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function getSession(): Promise<Session> {
  return rememberSession(await call(api.GET("/api/v1/session")));
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: SESSION_QUERY_KEY, queryFn: getSession, staleTime: 5 * 60_000 });

export function useSessionQuery() {
  return useQuery(sessionQueryOptions());
}
