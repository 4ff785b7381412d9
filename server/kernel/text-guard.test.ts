import { beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import type { Problem } from "#shared/contracts/common.ts";
import { serviceInput } from "#server/modules/services/services.fixtures.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

// Payloads are JSON text written by hand: "\\ud800" below is the six-character
// escape a client sends, which JSON.parse turns into a lone surrogate.

describe("text that cannot be stored is refused on every route", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const pm = () => as(t.app, ws.members.pm);
  const postTerm = (json: string) =>
    pm()({ method: "POST", url: "/api/v1/glossary", payload: json, headers: { "content-type": "application/json" } });

  const expectInvalidText = (response: LightMyRequestResponse, paths: string[]) => {
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json<Problem>();
    expect(problem).toMatchObject({ type: "https://tandem.dev/problems/invalid_text", title: "Bad request", status: 400, code: "invalid_text" });
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([...paths].sort());
  };

  const storedTerms = async () =>
    (await t.database.db.selectFrom("glossary_terms").select("term").where("workspace_id", "=", ws.id).execute()).map((row) => row.term);

  it("refuses a lone surrogate or a NUL in body values, and stores nothing", async () => {
    expectInvalidText(await postTerm('{"term":"sur\\ud800x","definition":"Broken."}'), ["body.term"]);
    expectInvalidText(await postTerm('{"term":"Low","definition":"Broken.","synonyms":["fine","\\udc00"]}'), ["body.synonyms.1"]);
    expectInvalidText(await postTerm('{"term":"Nul","definition":"a\\u0000b"}'), ["body.definition"]);
    expectInvalidText(await postTerm('{"term":"\\ud800","definition":"\\u0000"}'), ["body.definition", "body.term"]);
    expect(await storedTerms()).toEqual([]);
  });

  it("accepts a surrogate pair: an emoji is text", async () => {
    const response = await postTerm('{"term":"Go-live \\ud83d\\ude80","definition":"The day it ships."}');
    expect(response.statusCode, response.body).toBe(201);
    expect(await storedTerms()).toContain("Go-live 🚀");
  });

  it("refuses them in object keys, naming the key with the character replaced", async () => {
    const response = await postTerm('{"term":"Key","definition":"Broken.","syn\\u0000onyms":[]}');
    expectInvalidText(response, ["body.syn\uFFFDonyms"]);
  });

  it("names the path deep inside the body", async () => {
    const input = serviceInput();
    const json = JSON.stringify(input).replace('"role":"Project manager"', '"role":"Project\\udbff manager"');
    const response = await as(t.app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload: json, headers: { "content-type": "application/json" } });
    expectInvalidText(response, ["body.estimationTemplate.phases.0.efforts.1.role"]);
    const stored = await t.database.db.selectFrom("services").select("id").where("workspace_id", "=", ws.id).execute();
    expect(stored).toEqual([]);
  });

  it("walks a body nested 100,000 deep without overflowing the stack", async () => {
    const depth = 100_000;
    const response = await postTerm(`${"[".repeat(depth)}"\\u0000"${"]".repeat(depth)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.path).toBe(["body", ...Array<string>(depth).fill("0")].join("."));
  });

  it("refuses a NUL in the query string and in path parameters", async () => {
    expectInvalidText(await pm()({ method: "GET", url: "/api/v1/glossary?q=a%00b" }), ["querystring.q"]);
    expectInvalidText(await pm()({ method: "GET", url: "/api/v1/glossary?q=ok&q=a%00b" }), ["querystring.q.1"]);
    expectInvalidText(await pm()({ method: "GET", url: "/api/v1/glossary?a%00b=1" }), ["querystring.a\uFFFDb"]);
    expectInvalidText(await pm()({ method: "GET", url: "/api/v1/glossary/%00" }), ["params.id"]);
    const both = await pm()({ method: "PATCH", url: "/api/v1/glossary/x%00", payload: '{"version":1,"term":"\\ud800"}', headers: { "content-type": "application/json" } });
    expectInvalidText(both, ["params.id", "body.term"]);
  });

  it("still asks who is calling first", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/glossary", payload: '{"term":"\\ud800"}', headers: { "content-type": "application/json" } });
    expect(response.statusCode).toBe(401);
  });
});
