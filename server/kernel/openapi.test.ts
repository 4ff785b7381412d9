import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "#shared/contracts/events.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe("the API contract", () => {
  const t = useTestApp();

  const contract = async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    return response.json<{ openapi: string; paths: Record<string, Record<string, Operation>>; webhooks: Record<string, { post: Operation }> }>();
  };

  it("names every operation once, in camelCase, and documents its problems as problem+json", async () => {
    const document = await contract();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ at: `${method} ${path}`, ...operation })));
    expect(operations.length).toBeGreaterThan(70);
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations) {
      const problems = Object.entries(operation.responses).filter(([status]) => status.startsWith("4") || status.startsWith("5"));
      // The health and readiness checks take no input and no sign-in: they can only fail with 503.
      if (!["getHealth", "getReadiness"].includes(operation.operationId ?? "")) expect(problems.map(([status]) => status).some((status) => status.startsWith("4")), operation.at).toBe(true);
      for (const [, problem] of problems) expect(Object.keys(problem.content ?? {}), operation.at).toEqual(["application/problem+json"]);
    }
    const approve = document.paths["/api/v1/cheatsheets/{id}/approve"]?.post;
    expect(Object.keys(approve?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404", "409", "422"]));
  });

  it("documents the notification stream as server-sent events and every event as a webhook", async () => {
    const document = await contract();
    const stream = document.paths["/api/v1/notifications/stream"]?.get;
    expect(Object.keys(stream?.responses["200"]?.content ?? {})).toEqual(["text/event-stream"]);
    expect(Object.keys(document.webhooks).sort()).toEqual([...EVENT_TYPES].sort());
    const published = document.webhooks["cheatsheet.published"]?.post as unknown as { requestBody: { content: Record<string, { schema: { $ref: string } }> } };
    expect(published.requestBody.content["application/json"]?.schema.$ref).toBe("#/components/schemas/WebhookEvent.cheatsheet.published");
  });
});
