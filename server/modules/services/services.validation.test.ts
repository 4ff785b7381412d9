import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import type { Problem } from "#shared/contracts/common.ts";
import type { Service } from "#shared/contracts/services.ts";
import { createService, serviceInput } from "./services.fixtures.ts";

const phase = (efforts: unknown[]) => ({ phases: [{ name: "Build", efforts }] });

describe("services: bad input is a 400 problem with field paths", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let service: Service;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    service = await createService(t.app, ws.members.pmo);
  });

  const post = (payload: unknown) =>
    as(t.app, ws.members.pmo)({ method: "POST", url: "/api/v1/services", payload: payload as object });

  const expectFieldErrors = async (payload: unknown, paths: string[]) => {
    const response = await post(payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const problem = response.json<Problem>();
    expect(problem).toMatchObject({ status: 400, code: "validation_failed", instance: "/api/v1/services" });
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([...paths].sort());
    expect(problem.errors?.every((error) => error.message.length > 0)).toBe(true);
  };

  it.each([
    ["an unknown field", { ...serviceInput(), colour: "blue" }, ["body.colour"]],
    ["an unknown field in a phase", serviceInput({ estimationTemplate: { phases: [{ name: "x", efforts: [], extra: 1 } as never] } }), ["body.estimationTemplate.phases.0.extra"]],
    ["a missing name", { ...serviceInput(), name: undefined }, ["body.name"]],
    ["a blank name", serviceInput({ name: "   " }), ["body.name"]],
    ["weeks as text", { ...serviceInput(), durationMinWeeks: "six" }, ["body.durationMinWeeks"]],
    ["fractional weeks", serviceInput({ leadTimeWeeks: 1.5 }), ["body.leadTimeWeeks"]],
    ["a negative lead time", serviceInput({ leadTimeWeeks: -1 }), ["body.leadTimeWeeks"]],
    ["longest duration below shortest", serviceInput({ durationMinWeeks: 8, durationMaxWeeks: 4 }), ["body.durationMaxWeeks"]],
    ["days as text", serviceInput({ estimationTemplate: phase([{ role: "Engineer", minDays: "5", maxDays: 6 }]) as never }), ["body.estimationTemplate.phases.0.efforts.0.minDays"]],
    ["maximum days below minimum", serviceInput({ estimationTemplate: phase([{ role: "Engineer", minDays: 10, maxDays: 5 }]) as never }), ["body.estimationTemplate.phases.0.efforts.0.maxDays"]],
    ["quarter days", serviceInput({ estimationTemplate: phase([{ role: "Engineer", minDays: 1.25, maxDays: 5 }]) as never }), ["body.estimationTemplate.phases.0.efforts.0.minDays"]],
    ["a bad currency", serviceInput({ currency: "euro" }), ["body.currency"]],
    ["a lowercase currency", serviceInput({ currency: "eur" }), ["body.currency"]],
    ["a negative rate", serviceInput({ rateCard: [{ role: "Engineer", dailyRate: -100 }] }), ["body.rateCard.0.dailyRate"]],
    ["a fractional rate", serviceInput({ rateCard: [{ role: "Engineer", dailyRate: 100.5 }] }), ["body.rateCard.0.dailyRate"]],
    ["a role rated twice", serviceInput({ rateCard: [{ role: "Engineer", dailyRate: 1 }, { role: "engineer", dailyRate: 2 }] }), ["body.rateCard"]],
    ["an owner id that is no id", serviceInput({ ownerId: "someone" }), ["body.ownerId"]],
    ["an unknown status", serviceInput({ status: "paused" as never }), ["body.status"]],
    ["control characters", serviceInput({ summary: "bell\u0007" }), ["body.summary"]],
    ["an array instead of an object", [serviceInput()], ["body"]],
  ])("refuses %s", async (_label, payload, paths) => {
    await expectFieldErrors(payload, paths);
  });

  it("refuses an owner who is not a member", async () => {
    await expectFieldErrors(serviceInput({ ownerId: "0190a0a0-0000-7000-8000-000000000000" }), ["body.ownerId"]);
  });

  it("refuses malformed JSON", async () => {
    const response = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      headers: { "content-type": "application/json" },
      payload: '{"name": "Broken",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ code: "malformed_json" });
  });

  it("refuses an id that is no id", async () => {
    const response = await as(t.app, ws.members.pmo)({ method: "GET", url: "/api/v1/services/42" });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: "params.id" }] });
  });

  it("checks an update against the stored values", async () => {
    const call = as(t.app, ws.members.pmo);
    const url = `/api/v1/services/${service.id}`;
    const tooLong = await call({ method: "PATCH", url, payload: { version: 1, durationMinWeeks: service.durationMaxWeeks + 1 } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "body.durationMaxWeeks" }] });

    const noVersion = await call({ method: "PATCH", url, payload: { summary: "x" } });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json()).toMatchObject({ errors: [{ path: "body.version" }] });

    const unknown = await call({ method: "PATCH", url, payload: { version: 1, id: service.id } });
    expect(unknown.json()).toMatchObject({ errors: [{ path: "body.id" }] });

    const read = await call({ method: "GET", url });
    expect(read.json()).toEqual(service);
  });
});
