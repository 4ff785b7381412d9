import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { SearchQuerySchema, SearchResultsSchema } from "#shared/contracts/search.ts";
import * as searchService from "./search.service.ts";

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/search",
    {
      config: { access: "member" },
      schema: {
        operationId: "search",
        tags: ["search"],
        summary: "Search cheat sheets and glossary terms",
        description:
          "Full-text search, most relevant first: a title holding the words comes before any body-only match, ties go to the most " +
          "recently changed. When more than 500 records match, the 500 most recently changed are ranked. " +
          "Every word of `q` must appear, in any form (`change` finds “changes”); the last one also as the start of a word, " +
          "so results come as you type (`change req` finds “change request”). Quotes, `*`, `-`, `AND`/`OR` and other operators " +
          "are plain text, not syntax. " +
          "PM and PMO members find the working copies of cheat sheets, drafts included; everyone else finds published sheets only. " +
          "Glossary terms are found by everyone. `titleHtml` and `snippetHtml` are escaped HTML with the matched words in `<mark>`.",
        querystring: SearchQuerySchema,
        response: { 200: SearchResultsSchema },
      },
    },
    async (request) => searchService.search(contextOf(request), request.query),
  );
};
