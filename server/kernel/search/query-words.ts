/**
 * What a user types is never handed to the database as query syntax. It is
 * split into words (a letter or digit, then letters, digits and combining
 * marks); everything else — quotes, operators, `*`, `:`, `-`, brackets — is
 * a separator. The words are bound as values into a query Tandem builds.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** More words than this add nothing a person means, only work. */
export const MAX_QUERY_WORDS = 10;
/** Longer words are cut: the cut word is still a prefix of the long one. */
export const MAX_WORD_LENGTH = 64;

export interface QueryTerm {
  word: string;
  /** Matches every word starting with it, not only the word (and its forms). */
  prefix: boolean;
}

/**
 * Every word must appear. The last one is matched as the start of a word, so
 * results come while someone types ("change req"); the words before it are
 * finished, and match as words in any form the stemmer knows ("change" finds
 * "changes", "changing"). Matching those as prefixes too would cost a second
 * gathering of postings per word on every search (see bench/README.md) for
 * the rare query with a cut-off word in the middle. A single letter is never
 * a prefix: it would match most of the index.
 */
export function queryTerms(text: string): QueryTerm[] {
  const words = text.normalize("NFC").toLowerCase().match(WORD) ?? [];
  const cut = [...new Set(words.map((word) => Array.from(word).slice(0, MAX_WORD_LENGTH).join("")))].slice(0, MAX_QUERY_WORDS);
  return cut.map((word, index) => ({ word, prefix: index === cut.length - 1 && Array.from(word).length > 1 }));
}
