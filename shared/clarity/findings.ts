import type {
  ClarityFigures,
  ClarityFinding,
  ClarityFindingCode,
  ClarityThresholds,
  ClarityVerdict,
  ClarityVerdicts,
  UnexplainedJargon,
} from "#shared/contracts/clarity.ts";

/** Words of prose, headings left out: a sheet of headings alone says nothing yet. */
export interface ProseWords {
  body: number;
  /** Pitch and body together. */
  all: number;
}

/**
 * Turns figures into advice. Rounded figures are compared, so a finding never
 * contradicts the number shown next to it ("grade 9.0" does not exceed 9).
 * Readability needs prose: a blank or headings-only sheet gets no readability
 * findings, but a finding that it says nothing yet.
 */
export function buildFindings(
  figures: ClarityFigures,
  jargon: readonly UnexplainedJargon[],
  thresholds: ClarityThresholds,
  prose: ProseWords,
): ClarityFinding[] {
  const findings: ClarityFinding[] = [];
  const warn = (code: ClarityFinding["code"], message: string, term?: string) =>
    findings.push({ code, message, severity: "warning", ...(term === undefined ? {} : { term }) });

  if (prose.body === 0) {
    warn("no_prose", "The body has no text yet: write under its headings what a rep needs to say.");
  }
  if (prose.all > 0) {
    if (figures.grade > thresholds.maxGrade) {
      warn(
        "grade_too_high",
        `Reading grade is ${figures.grade}; aim for ${thresholds.maxGrade} or lower. Use shorter sentences and everyday words.`,
      );
    }
    if (figures.readingEase < thresholds.minReadingEase) {
      warn(
        "reading_ease_too_low",
        `Reading ease is ${figures.readingEase}; aim for ${thresholds.minReadingEase} or higher. Swap long words for short ones.`,
      );
    }
    if (figures.averageSentenceLength > thresholds.maxAverageSentenceLength) {
      warn(
        "sentences_too_long",
        `Sentences average ${figures.averageSentenceLength} words; keep them to ${thresholds.maxAverageSentenceLength} or fewer. Split the long ones.`,
      );
    }
  }
  if (figures.words > thresholds.wordBudget) {
    const over = figures.words - thresholds.wordBudget;
    warn(
      "over_word_budget",
      `The sheet has ${figures.words} words, over the one-page budget of ${thresholds.wordBudget}. Cut ${over} ${over === 1 ? "word" : "words"}.`,
    );
  }
  for (const entry of jargon) {
    const advice = entry.source === "glossary" ? "link the glossary term" : "link a glossary term for it";
    warn("unexplained_jargon", `"${entry.term}" is jargon: explain it on the sheet or ${advice}.`, entry.term);
  }
  return findings;
}

/** The verdict beside each figure, read from the findings alone so the two never disagree. */
export function verdictsOf(findings: readonly ClarityFinding[], prose: ProseWords): ClarityVerdicts {
  const found = new Set(findings.map((finding) => finding.code));
  const readability = (code: ClarityFindingCode): ClarityVerdict => (prose.all === 0 ? "not_measured" : found.has(code) ? "warning" : "ok");
  return {
    grade: readability("grade_too_high"),
    readingEase: readability("reading_ease_too_low"),
    averageSentenceLength: readability("sentences_too_long"),
    words: found.has("over_word_budget") ? "warning" : "ok",
  };
}
