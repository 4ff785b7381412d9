import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { SettingsSchema, UpdateSettingsSchema } from "#shared/contracts/settings.ts";
import * as settings from "./settings.service.ts";

const tags = ["settings"];

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/settings",
    {
      config: { access: "member" },
      schema: { operationId: "getSettings", tags, summary: "The workspace's settings", description: "Every member reads them (the cheat-sheet editor needs the clarity limits); admins change them.", response: { 200: SettingsSchema } },
    },
    async (request) => settings.getSettings(contextOf(request)),
  );

  app.patch(
    "/v1/settings",
    {
      config: { access: ["admin"] },
      schema: { operationId: "updateSettings", tags, summary: "Change workspace settings", body: UpdateSettingsSchema, response: { 200: SettingsSchema } },
    },
    async (request) => settings.updateSettings(contextOf(request), request.body),
  );
};
