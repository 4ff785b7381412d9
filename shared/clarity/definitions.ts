import type { JargonMatch, JargonMatcher } from "./find-jargon.ts";

/*
 * When does a sheet explain a term? When, somewhere in the same paragraph,
 * heading or list item, one of its uses is written the way people define words:
 *
 *   after the term   "is/are" + a|an|the|what|when|how|where|one|any|each|our|your|simply|just
 *                                          A baseline is the agreed plan.
 *                    means | refers to | stands for | is short for | is defined as | describes
 *                    ":" or a dash, then words   Baseline: the agreed plan.  Baseline — the agreed plan.
 *                    "(" two or more words ")" that are not just another name for the term
 *                                          baseline (the agreed plan)   but not: WBS (work breakdown structure)
 *                    ", meaning" | ", i.e." | ", that is"
 *   before the term  ", called" | "known as" | "referred to as" | "is/are called" | "we call (it|this)",
 *                    optionally followed by the|a|an      …, called the baseline.   known as a baseline
 *
 * The rule is deliberately simple so writers can predict it. It can be fooled
 * ("the baseline is a mess" counts), which is fine for advice that never
 * blocks anything; a question heading ("What is a baseline?") does not count,
 * because asking is not explaining.
 */

const DEFINED_AFTER = [
  /^\s+(?:is|are)\s+(?:a|an|the|what|when|how|where|one|any|each|our|your|simply|just)\s/i,
  /^\s+(?:means|mean|refers\s+to|refer\s+to|stands\s+for|is\s+short\s+for|is\s+defined\s+as|describes)\s/i,
  /^\s*(?::|\s[-–—]|[–—])\s*["'“(]?[\p{L}\p{N}]/iu,
  /^\s*,\s*(?:meaning|i\.e\.|that\s+is)[\s,]/i,
];

const DEFINED_BEFORE =
  /(?:,\s*(?:also\s+)?called|\bknown\s+as|\breferred\s+to\s+as|\b(?:is|are)\s+(?:also\s+)?called|\bwe\s+call(?:\s+(?:it|this|that))?)\s+(?:(?:the|a|an)\s+)?$/i;

const PARENTHESIS = /^\s*\(([^()\n]+)\)/;
const WORDS = /[\p{L}\p{N}]+/gu;

/** How far around a use to look; definitions sit right next to the term. */
const REACH = 120;

/** True when this use of the term sits in a plain definition (the rule above). */
export function isDefinedAt(prose: string, match: JargonMatch, matcher: JargonMatcher): boolean {
  const after = sameBlock(prose.slice(match.end, match.end + REACH), "after");
  if (DEFINED_AFTER.some((pattern) => pattern.test(after))) return true;

  const aside = PARENTHESIS.exec(after)?.[1];
  if (aside && (aside.match(WORDS)?.length ?? 0) >= 2 && !matcher.isNameOf(match.term, aside)) return true;

  const before = sameBlock(prose.slice(Math.max(0, match.start - REACH), match.start), "before");
  return DEFINED_BEFORE.test(before);
}

/** Cuts at the nearest newline, which in masked prose is the edge of a block. */
function sameBlock(text: string, side: "before" | "after"): string {
  if (side === "after") {
    const cut = text.indexOf("\n");
    return cut === -1 ? text : text.slice(0, cut);
  }
  return text.slice(text.lastIndexOf("\n") + 1);
}
