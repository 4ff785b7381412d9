import { z } from "zod";

/**
 * Limits of the clarity check. Workspace settings store them; every field has
 * a default so a stored partial object (or none) still gives a full set.
 */
export const ClarityThresholdsSchema = z.strictObject({
  /** Highest acceptable Flesch–Kincaid grade level. */
  maxGrade: z
    .number()
    .min(1, "At least 1.")
    .max(20, "At most 20.")
    .multipleOf(0.1, "At most one decimal.")
    .default(9),
  /** Lowest acceptable Flesch reading ease (higher is easier). */
  minReadingEase: z
    .number()
    .min(0, "At least 0.")
    .max(100, "At most 100.")
    .multipleOf(0.1, "At most one decimal.")
    .default(50),
  /** Most words a sentence may have on average. */
  maxAverageSentenceLength: z.number().int("A whole number.").min(5, "At least 5.").max(60, "At most 60.").default(20),
  /** Words that fit on the one printed page. */
  wordBudget: z.number().int("A whole number.").min(50, "At least 50.").max(5000, "At most 5000.").default(400),
});
export type ClarityThresholds = z.infer<typeof ClarityThresholdsSchema>;

export const DEFAULT_CLARITY_THRESHOLDS: ClarityThresholds = {
  maxGrade: 9,
  minReadingEase: 50,
  maxAverageSentenceLength: 20,
  wordBudget: 400,
};

/** Counts and scores of the prose, rounded to one decimal. */
export const ClarityFiguresSchema = z.object({
  words: z.number().int().min(0),
  sentences: z.number().int().min(0),
  syllables: z.number().int().min(0),
  /** Words per sentence. */
  averageSentenceLength: z.number(),
  /** Flesch–Kincaid grade level. */
  grade: z.number(),
  /** Flesch reading ease. */
  readingEase: z.number(),
});
export type ClarityFigures = z.infer<typeof ClarityFiguresSchema>;

/** The fields of a cheat sheet the clarity check reads. */
export const CLARITY_FIELDS = ["pitch", "body"] as const;
export type ClarityField = (typeof CLARITY_FIELDS)[number];

/** Where a term stands in the field it was written in: `field.slice(start, end) === text`. */
export const JargonOccurrenceSchema = z.object({
  field: z.enum(CLARITY_FIELDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type JargonOccurrence = z.infer<typeof JargonOccurrenceSchema>;

export const JARGON_SOURCES = ["glossary", "starter"] as const;

/** A term the sheet uses but does not explain, with every place it is used. */
export const UnexplainedJargonSchema = z.object({
  term: z.string(),
  /** "glossary": a workspace glossary term; "starter": the built-in list of PM jargon. */
  source: z.enum(JARGON_SOURCES),
  occurrences: z.array(JargonOccurrenceSchema).min(1),
});
export type UnexplainedJargon = z.infer<typeof UnexplainedJargonSchema>;

export const CLARITY_FINDING_CODES = [
  "no_prose",
  "grade_too_high",
  "reading_ease_too_low",
  "sentences_too_long",
  "over_word_budget",
  "unexplained_jargon",
] as const;
export type ClarityFindingCode = (typeof CLARITY_FINDING_CODES)[number];

/** Findings are advice: they never block anything by themselves. */
export const ClarityFindingSchema = z.object({
  code: z.enum(CLARITY_FINDING_CODES),
  message: z.string(),
  severity: z.literal("warning"),
  /** The term, on `unexplained_jargon` findings. */
  term: z.string().optional(),
});
export type ClarityFinding = z.infer<typeof ClarityFindingSchema>;

/**
 * Each figure's verdict, from the findings: "not_measured" for readability of
 * a sheet with no prose to read (headings alone are not prose).
 */
export const ClarityVerdictSchema = z.enum(["ok", "warning", "not_measured"]);
export type ClarityVerdict = z.infer<typeof ClarityVerdictSchema>;
export const ClarityVerdictsSchema = z.object({
  grade: ClarityVerdictSchema,
  readingEase: ClarityVerdictSchema,
  averageSentenceLength: ClarityVerdictSchema,
  words: ClarityVerdictSchema,
});
export type ClarityVerdicts = z.infer<typeof ClarityVerdictsSchema>;

export const ClarityReportSchema = z.object({
  figures: ClarityFiguresSchema,
  verdicts: ClarityVerdictsSchema,
  jargon: z.array(UnexplainedJargonSchema),
  findings: z.array(ClarityFindingSchema),
  /** True when there are no findings: the sheet reads clearly. */
  passes: z.boolean(),
  thresholds: ClarityThresholdsSchema,
});
export type ClarityReport = z.infer<typeof ClarityReportSchema>;
