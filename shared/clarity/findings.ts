import type {
  ClarityFigures,
  ClarityFinding,
  ClarityThresholds,
  UnexplainedJargon,
} from "#shared/contracts/clarity.ts";

/**
 * Turns figures into advice. Rounded figures are compared, so a finding never
 * contradicts the number shown next to it ("grade 9.0" does not exceed 9).
 * Readability needs words: an empty sheet gets no readability findings.
 */
export function buildFindings(
  figures: ClarityFigures,
  jargon: readonly UnexplainedJargon[],
  thresholds: ClarityThresholds,
): ClarityFinding[] {
  const findings: ClarityFinding[] = [];
  const warn = (code: ClarityFinding["code"], message: string, term?: string) =>
    findings.push({ code, message, severity: "warning", ...(term === undefined ? {} : { term }) });

  if (figures.words > 0) {
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
