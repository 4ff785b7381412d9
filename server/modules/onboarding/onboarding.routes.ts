import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { GettingStartedSchema } from "#shared/contracts/onboarding.ts";
import * as onboarding from "./onboarding.service.ts";

const tags = ["getting started"];

export const onboardingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/getting-started",
    {
      config: { access: "member" },
      schema: {
        operationId: "getGettingStarted",
        tags,
        summary: "The workspace's getting-started checklist",
        description:
          "Invite people, define a first service, explain terms in the glossary, publish a first cheat sheet: each step is done when the workspace has what it makes, names the roles that take it and the page where it is taken, and says whether the caller may take it.",
        response: { 200: GettingStartedSchema },
      },
    },
    async (request) => onboarding.getGettingStarted(contextOf(request)),
  );

  app.put(
    "/v1/getting-started/dismissal",
    {
      config: { access: "member" },
      schema: { operationId: "dismissGettingStarted", tags, summary: "Hide the checklist for yourself", response: { 200: GettingStartedSchema } },
    },
    async (request) => onboarding.dismissGettingStarted(contextOf(request)),
  );

  app.delete(
    "/v1/getting-started/dismissal",
    {
      config: { access: "member" },
      schema: { operationId: "restoreGettingStarted", tags, summary: "Show the checklist again", response: { 200: GettingStartedSchema } },
    },
    async (request) => onboarding.restoreGettingStarted(contextOf(request)),
  );
};
