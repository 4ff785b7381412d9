import {
  DEFAULT_CLARITY_THRESHOLDS,
  type ClarityField,
  type ClarityFigures,
  type ClarityReport,
  type ClarityThresholds,
  type UnexplainedJargon,
} from "#shared/contracts/clarity.ts";
import { isDefinedAt } from "./definitions.ts";
import type { JargonMatcher, JargonTerm } from "./find-jargon.ts";
import { buildFindings, verdictsOf } from "./findings.ts";
import { maskMarkdown, proseUnderHeadings } from "./markdown-text.ts";
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

/** What a rep reads of a sheet besides its title: the one-line pitch (plain text) and the Markdown body. */
export interface ClarityText {
  pitch?: string;
  body: string;
}

/** Pitch and body are read as one text, the pitch its first paragraph. */
const FIELD_GAP = "\n\n";

/**
 * The clarity check of a cheat sheet's pitch and body: readability, length
 * and unexplained jargon, with advice for the writer. Pure and fast enough to
 * run on every keystroke, in the editor and on the server alike. Findings are
 * warnings; whether they hold anything up is the caller's decision. A string
 * is a body with no pitch.
 */
export function checkClarity(input: string | ClarityText, options: ClarityOptions = {}): ClarityReport {
  const { pitch = "", body } = typeof input === "string" ? { body: input } : input;
  const thresholds = withDefaults(options.thresholds);
  const bodyProse = maskMarkdown(body);
  const bodyStart = pitch === "" ? 0 : pitch.length + FIELD_GAP.length;
  const source = pitch === "" ? body : pitch + FIELD_GAP + body;
  const prose = pitch === "" ? bodyProse : pitch + FIELD_GAP + bodyProse;
  const counts = countText(prose);
  const figures: ClarityFigures = {
    ...counts,
    averageSentenceLength: roundToTenth(counts.sentences === 0 ? 0 : counts.words / counts.sentences),
    grade: roundToTenth(fleschKincaidGrade(counts)),
    readingEase: roundToTenth(fleschReadingEase(counts)),
  };
  const bodyWords = countText(proseUnderHeadings(body, bodyProse)).words;
  const words = { body: bodyWords, all: bodyWords + (pitch === "" ? 0 : countText(pitch).words) };
  const jargon = unexplainedJargon(source, prose, matcherFor(options.glossary ?? []), bodyStart);
  const findings = buildFindings(figures, jargon, thresholds, words);
  return { figures, verdicts: verdictsOf(findings, words), jargon, findings, passes: findings.length === 0, thresholds };
}

/**
 * Each term once, in order of first use, unless it is linked or defined on the
 * sheet; each place it is used in the field it was written in. A term run
 * across the end of the pitch into the body is not one use.
 */
function unexplainedJargon(source: string, prose: string, matcher: JargonMatcher, bodyStart: number): UnexplainedJargon[] {
  const byTerm = new Map<JargonTerm, { defined: boolean; found: UnexplainedJargon }>();
  for (const match of matcher.find(prose)) {
    if (match.term.linked) continue;
    const field: ClarityField = match.start < bodyStart ? "pitch" : "body";
    if (field === "pitch" && match.end > bodyStart - FIELD_GAP.length) continue;
    let entry = byTerm.get(match.term);
    if (!entry) {
      entry = { defined: false, found: { term: match.term.term, source: match.term.source, occurrences: [] } };
      byTerm.set(match.term, entry);
    }
    entry.defined ||= isDefinedAt(prose, match, matcher);
    const shift = field === "pitch" ? 0 : bodyStart;
    entry.found.occurrences.push({ field, start: match.start - shift, end: match.end - shift, text: source.slice(match.start, match.end) });
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
