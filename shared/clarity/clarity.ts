import {
  DEFAULT_CLARITY_THRESHOLDS,
  type ClarityFigures,
  type ClarityReport,
  type ClarityThresholds,
  type UnexplainedJargon,
} from "#shared/contracts/clarity.ts";
import { isDefinedAt } from "./definitions.ts";
import type { JargonMatcher, JargonTerm } from "./find-jargon.ts";
import { buildFindings } from "./findings.ts";
import { maskMarkdown } from "./markdown-text.ts";
import { countText, fleschKincaidGrade, fleschReadingEase } from "./readability.ts";
import { matcherFor } from "./term-matcher.ts";

export interface ClarityGlossaryEntry {
  term: string;
  synonyms: string[];
  /** linked to this sheet: counts as explained */
  linked: boolean;
}

export interface ClarityOptions {
  /** The workspace glossary; terms linked to the sheet count as explained. */
  glossary?: readonly ClarityGlossaryEntry[];
  /** Missing limits take their defaults. */
  thresholds?: Partial<ClarityThresholds>;
}

/**
 * The clarity check of a cheat sheet's Markdown: readability, length and
 * unexplained jargon, with advice for the writer. Pure and fast enough to run
 * on every keystroke, in the editor and on the server alike. Findings are
 * warnings; whether they hold anything up is the caller's decision.
 */
export function checkClarity(text: string, options: ClarityOptions = {}): ClarityReport {
  const thresholds = withDefaults(options.thresholds);
  const prose = maskMarkdown(text);
  const counts = countText(prose);
  const figures: ClarityFigures = {
    ...counts,
    averageSentenceLength: roundToTenth(counts.sentences === 0 ? 0 : counts.words / counts.sentences),
    grade: roundToTenth(fleschKincaidGrade(counts)),
    readingEase: roundToTenth(fleschReadingEase(counts)),
  };
  const jargon = unexplainedJargon(text, prose, matcherFor(options.glossary ?? []));
  const findings = buildFindings(figures, jargon, thresholds);
  return { figures, jargon, findings, passes: findings.length === 0, thresholds };
}

/** Each term once, in order of first use, unless it is linked or defined on the sheet. */
function unexplainedJargon(source: string, prose: string, matcher: JargonMatcher): UnexplainedJargon[] {
  const byTerm = new Map<JargonTerm, { defined: boolean; found: UnexplainedJargon }>();
  for (const match of matcher.find(prose)) {
    if (match.term.linked) continue;
    let entry = byTerm.get(match.term);
    if (!entry) {
      entry = { defined: false, found: { term: match.term.term, source: match.term.source, occurrences: [] } };
      byTerm.set(match.term, entry);
    }
    entry.defined ||= isDefinedAt(prose, match, matcher);
    entry.found.occurrences.push({ start: match.start, end: match.end, text: source.slice(match.start, match.end) });
  }
  return [...byTerm.values()].filter((entry) => !entry.defined).map((entry) => entry.found);
}

function withDefaults(thresholds: Partial<ClarityThresholds> = {}): ClarityThresholds {
  return {
    maxGrade: thresholds.maxGrade ?? DEFAULT_CLARITY_THRESHOLDS.maxGrade,
    minReadingEase: thresholds.minReadingEase ?? DEFAULT_CLARITY_THRESHOLDS.minReadingEase,
    maxAverageSentenceLength: thresholds.maxAverageSentenceLength ?? DEFAULT_CLARITY_THRESHOLDS.maxAverageSentenceLength,
    wordBudget: thresholds.wordBudget ?? DEFAULT_CLARITY_THRESHOLDS.wordBudget,
  };
}

/** One decimal, as the report shows; `|| 0` turns −0 into 0. */
function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10 || 0;
}
