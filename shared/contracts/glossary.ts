import { z } from "zod";
import { glossaryTermPolicy } from "#shared/policies/glossary.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { PageQuerySchema, VersionSchema, pageOf, requiredText, text } from "./common.ts";

const synonyms = z
  .array(requiredText(80))
  .max(20, "At most 20 synonyms.")
  .refine((items) => new Set(items.map((item) => item.toLowerCase())).size === items.length, "Each synonym once.");

const termFields = {
  term: requiredText(80),
  definition: requiredText(600),
  synonyms,
};

export const CreateGlossaryTermSchema = z.strictObject({ ...termFields, synonyms: synonyms.default([]) });
export type CreateGlossaryTermInput = z.input<typeof CreateGlossaryTermSchema>;
export type CreateGlossaryTermData = z.infer<typeof CreateGlossaryTermSchema>;

export const UpdateGlossaryTermSchema = z.strictObject(termFields).partial().extend({ version: VersionSchema });
export type UpdateGlossaryTermInput = z.infer<typeof UpdateGlossaryTermSchema>;

/** A sheet that links the term: readers see the published ones only. */
export const RelatedSheetSchema = z.object({ id: z.string(), title: z.string(), status: z.string() });

/** A term as the audit log and events record it. */
export const GlossaryTermRecordSchema = z.object({
  id: z.string(),
  term: z.string(),
  definition: z.string(),
  synonyms: z.array(z.string()),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GlossaryTermRecord = z.infer<typeof GlossaryTermRecordSchema>;

/** A term as the API answers it: with what the caller may do with it. */
export const GlossaryTermSchema = GlossaryTermRecordSchema.extend({ permissions: permissionsSchema(glossaryTermPolicy) });
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossaryTermDetailSchema = GlossaryTermSchema.extend({ relatedSheets: z.array(RelatedSheetSchema) });
export type GlossaryTermDetail = z.infer<typeof GlossaryTermDetailSchema>;

export const GlossaryPageSchema = pageOf(GlossaryTermSchema);

export const GlossaryListQuerySchema = PageQuerySchema.extend({
  /** Contains, case-insensitive, on the term and its synonyms. */
  q: text(100).optional(),
  sort: z.enum(["term", "-term", "updatedAt", "-updatedAt"]).default("term"),
});
export type GlossaryListQuery = z.infer<typeof GlossaryListQuerySchema>;
