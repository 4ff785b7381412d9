import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf, type RequestContext } from "#server/kernel/context.ts";
import { workspaceGlossary } from "#server/modules/glossary/glossary.service.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import { checkClarity } from "#shared/clarity/clarity.ts";
import { BODY_LIMIT_BYTES, PITCH_LIMIT } from "#shared/contracts/cheatsheets.ts";
import { ClarityReportSchema, type ClarityReport } from "#shared/contracts/clarity.ts";
import { IdSchema, text } from "#shared/contracts/common.ts";
import { CHEATSHEET_WRITERS } from "#shared/policies/roles.ts";

export const ClarityRequestSchema = z.strictObject({
  /** The body's Markdown. */
  text: text(BODY_LIMIT_BYTES),
  /** The one-line pitch, read before the body; occurrences in it have `field: "pitch"`. */
  pitch: text(PITCH_LIMIT).default(""),
  /** Glossary terms linked to the sheet: they count as explained. */
  termIds: z.array(IdSchema).max(50).default([]),
});

/** The same check the editor runs in the browser, with the workspace's glossary and limits. */
async function checkText(ctx: RequestContext, input: z.infer<typeof ClarityRequestSchema>): Promise<ClarityReport> {
  const [settings, glossary] = await Promise.all([readSettings(ctx.db, ctx.workspaceId), workspaceGlossary(ctx.db, ctx.workspaceId)]);
  const linked = new Set(input.termIds);
  return checkClarity({ pitch: input.pitch, body: input.text }, {
    glossary: glossary.map((term) => ({ term: term.term, synonyms: term.synonyms, linked: linked.has(term.id) })),
    thresholds: settings.clarity,
  });
}

export const clarityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "/v1/clarity",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "checkClarity",
        tags: ["cheat sheets"],
        summary: "Run the clarity check on a text",
        description:
          "The pitch and body read together: Flesch–Kincaid grade, Flesch reading ease, average sentence length, words against the one-page budget, and every glossary or PM jargon term used without a plain definition (with its positions in the text), against the workspace's limits.",
        body: ClarityRequestSchema,
        response: { 200: ClarityReportSchema },
      },
    },
    async (request) => checkText(contextOf(request), request.body),
  );
};
