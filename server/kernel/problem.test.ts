import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import type { DatabaseHandle } from "#server/kernel/db/database.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { createTestDatabase } from "#tests/setup/test-database.ts";

describe("bad input gets a clear problem and changes nothing", () => {
  let app: FastifyInstance;
  let database: DatabaseHandle;
  let ws: TestWorkspace;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ env: readEnv({ NODE_ENV: "test", BODY_LIMIT_BYTES: "2048" }), database });
    app.get("/api/test-failure", async () => {
      throw new Error("secret internal detail at /srv/tandem/db.ts:42");
    });
    await app.ready();
    ws = await buildWorkspace(database.db);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (payload: string, headers: Record<string, string> = {}) =>
    as(app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload, headers: { "content-type": "application/json", ...headers } });

  /** RFC 9457 with a stable code, and a title that names the status. */
  const expectProblem = (response: LightMyRequestResponse, status: number, title: string, code: string) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ type: `https://tandem.dev/problems/${code}`, title, status, code, detail: expect.any(String) });
  };

  const serviceCount = async () =>
    Number((await database.db.selectFrom("services").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("answers malformed JSON with 400 malformed_json", async () => {
    expectProblem(await post('{"name": "Cloud", '), 400, "Bad request", "malformed_json");
  });

  it("answers an oversized body with 413 body_too_large", async () => {
    expectProblem(await post(JSON.stringify({ name: "x".repeat(5000) })), 413, "Payload too large", "body_too_large");
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await post("name=Cloud", { "content-type": "application/x-www-form-urlencoded" });
    expectProblem(response, 415, "Unsupported media type", "unsupported_media_type");
  });

  // The router answers these itself, before any route, hook or error handler.
  it("answers a path parameter over 100 characters with 414 uri_too_long", async () => {
    const response = await as(app, ws.members.pmo)({ method: "GET", url: `/api/v1/services/${"a".repeat(150)}` });
    expectProblem(response, 414, "URI too long", "uri_too_long");
    expect(response.json().instance).toBe(`/api/v1/services/${"a".repeat(150)}`);
  });

  it("answers malformed percent-encoding in the path with 400 malformed_url", async () => {
    const response = await as(app, ws.members.pmo)({ method: "GET", url: "/api/v1/services/%zz" });
    expectProblem(response, 400, "Bad request", "malformed_url");
  });

  it("answers a method no route has with 404 route_not_found", async () => {
    const response = await as(app, ws.members.pmo)({ method: "PROPFIND", url: "/api/v1/services" });
    expectProblem(response, 404, "Not found", "route_not_found");
  });

  it("names unknown fields and wrong types by their path", async () => {
    const response = await post(JSON.stringify({ name: 42, durationMinWeeks: "six", durationMaxWeeks: 8, leadTimeWeeks: 1, colour: "red" }));
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["body.name", "body.durationMinWeeks", "body.colour"]));
  });

  it("stores SQL metacharacters as plain text", async () => {
    const name = `Robert'); DROP TABLE services; -- "quoted" \\ %_`;
    const response = await post(JSON.stringify({ name, durationMinWeeks: 1, durationMaxWeeks: 2, leadTimeWeeks: 0 }));
    expect(response.statusCode).toBe(201);
    expect(response.json().name).toBe(name);
    expect(await serviceCount()).toBe(1);
  });

  it("answers ids that are not ids with 400, and unknown ids with 404", async () => {
    const bad = await as(app, ws.members.pmo)({ method: "GET", url: "/api/v1/services/1%20or%201=1" });
    expect(bad.statusCode).toBe(400);
    const unknown = await as(app, ws.members.pmo)({ method: "GET", url: "/api/v1/services/0192f0c0-0000-7000-8000-000000000000" });
    expect(unknown.statusCode).toBe(404);
  });

  it("hides the internals of an unexpected failure", async () => {
    const response = await app.inject({ method: "GET", url: "/api/test-failure" });
    expectProblem(response, 500, "Internal server error", "internal_error");
    expect(response.body).not.toContain("secret internal detail");
    expect(response.body).not.toContain("/srv/");
  });
});
