import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class CookieClient {
  cookie = "";
  csrfToken = "";

  constructor(private readonly app: FastifyInstance) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const method = (options.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    const response = await this.app.inject({ ...options, headers });
    const setCookie = response.cookies.find((c) => c.name === "tandem_session");
    if (setCookie) this.cookie = setCookie.value ? `tandem_session=${setCookie.value}` : "";
    const body = String(response.headers["content-type"] ?? "").includes("json") ? (response.json() as { csrfToken?: string }) : null;
    if (body?.csrfToken) this.csrfToken = body.csrfToken;
    return response;
  }

  signIn(email: string, password: string, workspaceSlug?: string) {
    return this.request({ method: "POST", url: "/api/v1/session", payload: { email, password, workspaceSlug } });
  }
}
