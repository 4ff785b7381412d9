import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
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

  const serviceCount = async () =>
    Number((await database.db.selectFrom("services").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("answers malformed JSON with 400 malformed_json", async () => {
    const response = await post('{"name": "Cloud", ');
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 400, code: "malformed_json" });
  });

  it("answers an oversized body with 413 body_too_large", async () => {
    const response = await post(JSON.stringify({ name: "x".repeat(5000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("body_too_large");
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await post("name=Cloud", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe("unsupported_media_type");
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
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: "internal_error" });
    expect(response.body).not.toContain("secret internal detail");
    expect(response.body).not.toContain("/srv/");
  });
});
