import { describe, expect, it } from "vitest";
import {
  ClarityReportSchema,
  ClarityThresholdsSchema,
  DEFAULT_CLARITY_THRESHOLDS,
  type ClarityThresholds,
} from "#shared/contracts/clarity.ts";
import { CHEATSHEET_TEMPLATE } from "#shared/contracts/cheatsheets.ts";
import { checkClarity } from "./clarity.ts";

// Grade 13.1, reading ease 24.4, 13 words in one sentence, no jargon.
const PLATYPUS = "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.";
const catSentences = (count: number) => "The cat sat on the mat. ".repeat(count).trim();
// 27 one-syllable words: easy words, one long sentence.
const LONG_EASY_SENTENCE = `${"we sat and ".repeat(8)}then we ran.`;

const codes = (text: string, thresholds?: Partial<ClarityThresholds>) =>
  checkClarity(text, { thresholds }).findings.map((finding) => finding.code);

describe("findings", () => {
  it("passes plain, short text with no findings", () => {
    const report = checkClarity(catSentences(3));
    expect(report.findings).toEqual([]);
    expect(report.passes).toBe(true);
    expect(report.thresholds).toEqual(DEFAULT_CLARITY_THRESHOLDS);
  });

  it("warns when the grade is above the limit, and not at it", () => {
    expect(checkClarity(PLATYPUS).figures.grade).toBe(13.1);
    expect(codes(PLATYPUS, { maxGrade: 13.1, minReadingEase: 0 })).toEqual([]);
    expect(codes(PLATYPUS, { maxGrade: 13, minReadingEase: 0 })).toEqual(["grade_too_high"]);
    expect(checkClarity(PLATYPUS).findings[0]).toEqual({
      code: "grade_too_high",
      severity: "warning",
      message: "Reading grade is 13.1; aim for 9 or lower. Use shorter sentences and everyday words.",
    });
  });

  it("warns when reading ease is below the limit, and not at it", () => {
    expect(checkClarity(PLATYPUS).figures.readingEase).toBe(24.4);
    expect(codes(PLATYPUS, { maxGrade: 20, minReadingEase: 24.4 })).toEqual([]);
    expect(codes(PLATYPUS, { maxGrade: 20, minReadingEase: 24.5 })).toEqual(["reading_ease_too_low"]);
    expect(checkClarity(PLATYPUS, { thresholds: { maxGrade: 20 } }).findings[0]?.message).toBe(
      "Reading ease is 24.4; aim for 50 or higher. Swap long words for short ones.",
    );
  });

  it("warns when sentences are too long on average, and not at the limit", () => {
    expect(checkClarity(LONG_EASY_SENTENCE).figures).toMatchObject({ words: 27, sentences: 1 });
    expect(codes(LONG_EASY_SENTENCE)).toEqual(["sentences_too_long"]);
    expect(codes(LONG_EASY_SENTENCE, { maxAverageSentenceLength: 27 })).toEqual([]);
    expect(checkClarity(LONG_EASY_SENTENCE).findings[0]?.message).toBe(
      "Sentences average 27 words; keep them to 20 or fewer. Split the long ones.",
    );
    expect(codes(catSentences(2), { maxAverageSentenceLength: 5 })).toEqual(["sentences_too_long"]);
  });

  it("warns when the sheet is over the word budget, and not at it", () => {
    expect(codes(catSentences(66))).toEqual([]); // 396 words
    expect(checkClarity(catSentences(67)).findings).toEqual([
      {
        code: "over_word_budget",
        severity: "warning",
        message: "The sheet has 402 words, over the one-page budget of 400. Cut 2 words.",
      },
    ]);
    expect(codes(catSentences(10), { wordBudget: 60 })).toEqual([]);
    expect(codes(catSentences(10), { wordBudget: 59 })).toEqual(["over_word_budget"]);
  });

  it("fills missing limits with the defaults and reports the limits it used", () => {
    const report = checkClarity(PLATYPUS, { thresholds: { wordBudget: 50 } });
    expect(report.thresholds).toEqual({ ...DEFAULT_CLARITY_THRESHOLDS, wordBudget: 50 });
    expect(report.findings.map((finding) => finding.code)).toEqual(["grade_too_high", "reading_ease_too_low"]);
  });

  it("lists readability findings first, then the budget, then jargon in order of first use", () => {
    const text = `The SOW and the baseline. The SOW again. ${Array(5).fill(PLATYPUS).join(" ")}`;
    const report = checkClarity(text, { thresholds: { wordBudget: 50 } });
    expect(report.findings.map((finding) => finding.term ?? finding.code)).toEqual([
      "grade_too_high",
      "reading_ease_too_low",
      "over_word_budget",
      "SOW",
      "baseline",
    ]);
    expect(report.passes).toBe(false);
  });

  it("gives a report the contract accepts", () => {
    const report = checkClarity(`# Change requests\n\n${PLATYPUS} The **baseline** moves.`);
    expect(ClarityReportSchema.parse(report)).toEqual(report);
  });
});

describe("ClarityThresholdsSchema", () => {
  it("defaults every limit", () => {
    expect(ClarityThresholdsSchema.parse({})).toEqual(DEFAULT_CLARITY_THRESHOLDS);
    expect(ClarityThresholdsSchema.parse({ maxGrade: 8.5 })).toEqual({ ...DEFAULT_CLARITY_THRESHOLDS, maxGrade: 8.5 });
  });

  it.each([
    { maxGrade: 0.9 },
    { maxGrade: 20.1 },
    { maxGrade: 9.25 },
    { minReadingEase: -1 },
    { minReadingEase: 100.5 },
    { minReadingEase: 50.05 },
    { maxAverageSentenceLength: 4 },
    { maxAverageSentenceLength: 61 },
    { maxAverageSentenceLength: 20.5 },
    { wordBudget: 49 },
    { wordBudget: 5001 },
    { wordBudget: 400.5 },
    { wordBudget: 400, extra: true },
  ])("refuses %o", (input) => {
    expect(ClarityThresholdsSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    { maxGrade: 1, minReadingEase: 0, maxAverageSentenceLength: 5, wordBudget: 50 },
    { maxGrade: 20, minReadingEase: 100, maxAverageSentenceLength: 60, wordBudget: 5000 },
    { maxGrade: 7.5, minReadingEase: 62.5 },
  ])("accepts %o", (input) => {
    expect(ClarityThresholdsSchema.safeParse(input).success).toBe(true);
  });
});

describe("a long text", () => {
  it("checks 100 KB of Markdown without error", () => {
    const block = [
      "## Why the client cares",
      "",
      "A **change request** moves the baseline, e.g. by 2.5 days. See [the guide](https://example.com/guide).",
      "- The SOW, the RACI and UAT",
      "- Stakeholders sign off at go-live.",
      "",
    ].join("\n");
    const text = block.repeat(Math.ceil(100_000 / block.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000);

    const report = checkClarity(text, { glossary: [{ term: "Baseline", synonyms: ["agreed plan"], linked: false }] });
    expect(report.figures.words).toBeGreaterThan(10_000);
    const occurrences = report.jargon.flatMap((entry) => entry.occurrences);
    expect(occurrences.length).toBeGreaterThan(3000);
    for (const { start, end, text: written } of occurrences) expect(text.slice(start, end)).toBe(written);
    expect(report.findings.map((finding) => finding.code)).toContain("over_word_budget");
  });
});

describe("what a rep reads: pitch and body", () => {
  it("does not pass a blank body or the template's headings alone, and measures no readability for them", () => {
    for (const body of ["", "   \n\n", CHEATSHEET_TEMPLATE, "# Only a heading\n\n> ## A quoted heading\n"]) {
      const report = checkClarity(body);
      expect(report.passes, JSON.stringify(body)).toBe(false);
      expect(report.findings.map((finding) => finding.code)).toEqual(["no_prose"]);
      expect(report.verdicts.readingEase).toBe("not_measured");
    }
    const written = checkClarity(`${CHEATSHEET_TEMPLATE}${catSentences(3)}\n`);
    expect(written.passes).toBe(true);
    expect(written.verdicts).toEqual({ grade: "ok", readingEase: "ok", averageSentenceLength: "ok", words: "ok" });
  });

  it("a pitch alone does not make a body of headings say something, but is measured", () => {
    const report = checkClarity({ pitch: PLATYPUS, body: CHEATSHEET_TEMPLATE });
    expect(report.findings[0]?.code).toBe("no_prose");
    expect(report.passes).toBe(false);
    expect(report.figures.words).toBe(13 + 15); // the pitch and the five headings
    expect(report.verdicts.grade).not.toBe("not_measured");
  });

  it("checks the pitch with the body, and points at each use in the field it is in", () => {
    const pitch = "We protect the baseline for you.";
    const body = "## Say this\n\nChanges go through the baseline check. We keep the plan safe.\n";
    const report = checkClarity({ pitch, body });
    expect(report.passes).toBe(false);
    const baseline = report.jargon.find((entry) => entry.term.toLowerCase() === "baseline");
    expect(baseline?.occurrences.map((occurrence) => occurrence.field)).toEqual(["pitch", "body"]);
    for (const { field, start, end, text } of baseline?.occurrences ?? []) {
      expect((field === "pitch" ? pitch : body).slice(start, end)).toBe(text);
    }
    expect(checkClarity({ pitch: "", body }).figures.words).toBeLessThan(report.figures.words);
  });

  it("a term defined in the body counts as explained in the pitch too", () => {
    const report = checkClarity({ pitch: "We protect the baseline.", body: "The baseline is the plan everyone signed.\n" });
    expect(report.jargon.map((entry) => entry.term.toLowerCase())).not.toContain("baseline");
  });
});
