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

export function queryWords(text: string): string[] {
  const words = text.normalize("NFC").toLowerCase().match(WORD) ?? [];
  const cut = words.map((word) => Array.from(word).slice(0, MAX_WORD_LENGTH).join(""));
  return [...new Set(cut)].slice(0, MAX_QUERY_WORDS);
}
