import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { OutboxListQuerySchema, OutboxListSchema, OutboxMessageSchema, OutboxNameParamsSchema } from "#shared/contracts/outbox.ts";
import * as outbox from "./outbox.service.ts";

const tags = ["outbox"];
const DISABLED = "Only without SMTP_URL: with an SMTP server configured, it answers 404 `outbox_disabled`.";

export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = (): outbox.OutboxConfig => ({ dataDir: app.tandem.env.DATA_DIR, smtpUrl: app.tandem.env.SMTP_URL });

  app.get(
    "/v1/outbox",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "listOutboxMessages",
        tags,
        summary: "The newest e-mails this workspace sent, as written to the outbox",
        description: `Without SMTP, Tandem writes each e-mail to DATA_DIR/outbox. Lists, newest first, those this workspace sent — recorded when each was written, whoever they are addressed to. Mail of no workspace (password resets) is never listed. ${DISABLED}`,
        querystring: OutboxListQuerySchema,
        response: { 200: OutboxListSchema },
      },
    },
    async (request) => outbox.listOutbox(contextOf(request), config(), request.query),
  );

  app.get(
    "/v1/outbox/:name",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "getOutboxMessage",
        tags,
        summary: "One outbox e-mail: headers, text and sanitized HTML",
        description: `The HTML part is sanitized on the server (no scripts, styles, images, frames or forms). A message another workspace sent, or one of no workspace, is a 404. ${DISABLED}`,
        params: OutboxNameParamsSchema,
        response: { 200: OutboxMessageSchema },
      },
    },
    async (request) => outbox.readOutboxMessage(contextOf(request), config(), request.params.name),
  );
};
