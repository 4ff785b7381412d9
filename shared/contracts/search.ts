import { z } from "zod";
import { IdSchema, requiredText, text } from "./common.ts";

/** What the search box finds today; later answers, deals, … */
export const SEARCH_KINDS = ["cheatsheet", "glossary_term"] as const;
export const SearchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKindSchema>;

export const SearchQuerySchema = z.strictObject({
  q: text(200)
    .default("")
    .describe("What to look for. Every word must appear, the last one as the start of a word; quotes and operators are ignored."),
  kind: SearchKindSchema.optional(),
  status: z
    .string()
    .max(40)
    .regex(/^[a-z_]+$/, "Lowercase letters and underscores.")
    .optional()
    .describe("e.g. `draft`, `in_review`, `published`; readers only ever find published cheat sheets."),
  tag: requiredText(40)
    .transform((tag) => tag.toLowerCase())
    .optional(),
  serviceId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  id: z.string(),
  title: z.string(),
  titleHtml: z.string().describe("The title, HTML-escaped, the matched words in `<mark>`."),
  snippetHtml: z.string().describe("About 20–30 words around the match, HTML-escaped, the matched words in `<mark>`."),
  status: z.string(),
  tags: z.array(z.string()),
  serviceIds: z.array(z.string()),
  link: z.string().describe("The record's path in the app, e.g. `/cheatsheets/<id>`."),
  stale: z.boolean().describe("A published cheat sheet past its verification date; false for everything else."),
  updatedAt: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultsSchema = z.object({ items: z.array(SearchHitSchema) });
export type SearchResults = z.infer<typeof SearchResultsSchema>;
