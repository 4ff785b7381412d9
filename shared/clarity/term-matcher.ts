import { compileJargonMatcher, nameKey, type JargonMatcher, type JargonTerm } from "./find-jargon.ts";
import type { ClarityGlossaryEntry } from "./clarity.ts";
import { STARTER_JARGON } from "./jargon.ts";

/**
 * The workspace glossary and the starter list as one list of terms. Glossary
 * terms come first so they win a shared name; a starter term that shares any
 * name with a glossary term is folded into it, so "SOW" and "statement of
 * work" are one term even when the glossary only lists one of them.
 */
export function jargonTerms(glossary: readonly ClarityGlossaryEntry[]): JargonTerm[] {
  const terms: JargonTerm[] = glossary.map((entry) => ({
    term: entry.term,
    variants: [entry.term, ...entry.synonyms],
    source: "glossary",
    linked: entry.linked,
  }));
  const owner = new Map<string, JargonTerm>();
  for (const term of terms) for (const variant of term.variants) if (!owner.has(nameKey(variant))) owner.set(nameKey(variant), term);

  for (const starter of STARTER_JARGON) {
    const variants = [starter.term, ...(starter.synonyms ?? [])];
    const glossaryTerm = variants.map((variant) => owner.get(nameKey(variant))).find((term) => term !== undefined);
    if (glossaryTerm) {
      glossaryTerm.variants = [...glossaryTerm.variants, ...variants];
    } else {
      terms.push({ term: starter.term, variants, source: "starter", linked: false });
    }
  }
  return terms;
}

// Compiling is the costly part and the glossary rarely changes between two
// keystrokes, so the last few matchers are kept, keyed by the glossary's content.
const matchers = new Map<string, JargonMatcher>();
const MATCHER_CACHE_LIMIT = 8;

export function matcherFor(glossary: readonly ClarityGlossaryEntry[]): JargonMatcher {
  const key = JSON.stringify(glossary.map((entry) => [entry.term, entry.synonyms, entry.linked]));
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = compileJargonMatcher(jargonTerms(glossary));
    if (matchers.size >= MATCHER_CACHE_LIMIT) matchers.delete(matchers.keys().next().value ?? "");
    matchers.set(key, matcher);
  }
  return matcher;
}
