import createClient from "openapi-fetch";
import type { Problem } from "#shared/contracts/common.ts";
import type { paths } from "./api/schema.d.ts";

/** A failed call, carrying the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** What to tell a person about any error thrown by a query or mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail;
  return "Something went wrong. Please try again.";
}

// The session's CSRF token: every write made with the session cookie must echo it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function madeUpProblem(status: number, code: string, detail: string): Problem {
  return { type: "about:blank", title: code, status, code, detail };
}

/** The server's problem+json; for anything else (a proxy's error page, say), one that describes the status. */
function problemOf(response: Response, body: unknown): Problem {
  const problem = (typeof body === "object" && body !== null ? body : {}) as Partial<Problem>;
  if (typeof problem.detail === "string" && typeof problem.code === "string") {
    return { ...madeUpProblem(response.status, problem.code, problem.detail), ...problem, status: response.status } as Problem;
  }
  return madeUpProblem(response.status, "http_error", `The server answered ${response.status} ${response.statusText}.`.trim());
}

/**
 * The one way the web calls the API: a client typed by the contract
 * (`web/api/schema.d.ts`, generated from the route schemas by `npm run
 * contract`), so a wrong path, method, parameter, body or response field fails
 * the type check. Use it through `call(api.GET("/api/v1/…", { params }))`.
 */
export const api = createClient<paths>({
  credentials: "same-origin",
  headers: { accept: "application/json" },
  querySerializer: toQueryString,
});

/** Empty filters are left out, as a person who cleared a field expects. */
function toQueryString(query: Record<string, unknown>): string {
  const given = Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== "");
  return new URLSearchParams(given.map(([key, value]) => [key, String(value)])).toString();
}

type GetPath = { [P in keyof paths]: paths[P] extends { get: { parameters: unknown } } ? P : never }[keyof paths];
type GetParameters<P extends GetPath> = paths[P]["get"] extends { parameters: infer Parameters } ? Parameters : never;

/**
 * The URL of a GET operation the browser opens itself (a download, an event
 * stream), checked against the contract like every call.
 */
export function apiUrl<P extends GetPath>(
  path: P,
  params: { path?: GetParameters<P> extends { path?: infer Path } ? Path : never; query?: GetParameters<P> extends { query?: infer Query } ? Query : never } = {},
): string {
  const values = (params.path ?? {}) as Record<string, string | number>;
  const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(String(values[name])));
  const query = toQueryString((params.query ?? {}) as Record<string, unknown>);
  return query ? `${url}?${query}` : url;
}

api.use({
  onRequest: ({ request }) => {
    if (request.method !== "GET" && csrfToken) request.headers.set("x-csrf-token", csrfToken);
    return request;
  },
});

/** The answer's body, or an ApiError with the server's problem (or a made-up one when the network failed). */
export async function call<Data>(request: Promise<{ data?: Data; error?: unknown; response: Response }>): Promise<Data> {
  let answer: { data?: Data; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch {
    throw new ApiError(madeUpProblem(0, "network_error", "Could not reach Tandem. Check your connection and try again."));
  }
  if (!answer.response.ok) throw new ApiError(problemOf(answer.response, answer.error));
  return answer.data as Data;
}
