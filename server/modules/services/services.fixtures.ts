import type { FastifyInstance } from "fastify";
import { as, type TestMember } from "#tests/factories.ts";
import type { CreateServiceInput, Service } from "#shared/contracts/services.ts";

let counter = 0;

/** A valid create request; names are unique unless given. */
export function serviceInput(overrides: Partial<CreateServiceInput> = {}): CreateServiceInput {
  counter += 1;
  return {
    name: `Service ${counter} ${Math.random().toString(36).slice(2, 8)}`,
    summary: "A test service.",
    description: "Plain **Markdown**.",
    durationMinWeeks: 2,
    durationMaxWeeks: 6,
    leadTimeWeeks: 1,
    estimationTemplate: {
      phases: [
        {
          name: "Build",
          description: "",
          efforts: [
            { role: "Engineer", minDays: 10, maxDays: 20 },
            { role: "Project manager", minDays: 2, maxDays: 4.5 },
          ],
        },
      ],
    },
    currency: "EUR",
    rateCard: [
      { role: "Engineer", dailyRate: 90000 },
      { role: "Project manager", dailyRate: 110000 },
    ],
    ...overrides,
  };
}

/** Creates a service through the API as `member` and returns it. */
export async function createService(
  app: FastifyInstance,
  member: Pick<TestMember, "token">,
  overrides: Partial<CreateServiceInput> = {},
): Promise<Service> {
  const response = await as(app, member)({ method: "POST", url: "/api/v1/services", payload: serviceInput(overrides) });
  if (response.statusCode !== 201) throw new Error(`create service: ${response.statusCode} ${response.body}`);
  return response.json<Service>();
}
