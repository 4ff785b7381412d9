/**
 * Sentences and words of masked prose (see markdown-text.ts), where every
 * newline already marks the end of a block.
 */

/** A word: letters and digits, joined by apostrophes, hyphens or dots ("don't", "go-live", "e.g", "2.5"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.\-‐‑][\p{L}\p{N}]+)*/gu;

export interface Span {
  start: number;
  end: number;
}

// A candidate end: a newline, or . ! ? … (possibly repeated, possibly followed
// by closing quotes or brackets) before whitespace or the end of the text.
const CANDIDATE_END = /\n|[.!?…]+["'”’)\]]*(?=\s|$)/g;

// Abbreviations after which a full stop never ends a sentence, written without
// their final dot and in lower case.
const NEVER_FINAL = new Set(["e.g", "i.e", "cf", "vs", "mr", "mrs", "ms", "dr", "prof", "approx", "incl", "esp"]);

const WORD_BEFORE_DOT = /([\p{L}\p{N}.]+)\.["'”’)\]]*$/u;
const NEXT_STARTS_LOWERCASE = /^\s*["'“‘(]?\p{Ll}/u;

/**
 * Splits prose into sentences. A full stop is not an end when it follows a
 * known abbreviation ("e.g.") or when the next word starts in lower case
 * ("etc. and more", "3 p.m. on Monday"); decimals ("2.5") never qualify
 * because no space follows their dot. Spans may be blank; callers skip them.
 */
export function splitSentences(prose: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of prose.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (match[0] !== "\n" && !endsSentence(prose, match.index, end)) continue;
    spans.push({ start, end });
    start = end;
  }
  if (start < prose.length) spans.push({ start, end: prose.length });
  return spans;
}

function endsSentence(prose: string, index: number, end: number): boolean {
  const after = prose.slice(end, end + 40);
  if (NEXT_STARTS_LOWERCASE.test(after)) return false;
  if (prose[index] !== ".") return true;
  const before = WORD_BEFORE_DOT.exec(prose.slice(Math.max(0, index - 12), end));
  return !(before?.[1] && NEVER_FINAL.has(before[1].toLowerCase()));
}
