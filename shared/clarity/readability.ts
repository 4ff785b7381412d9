import { syllable } from "syllable";
import { splitSentences, WORD } from "./sentences.ts";

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

/**
 * Flesch–Kincaid grade level: 0.39 · words/sentence + 11.8 · syllables/word − 15.59.
 * Zero for text without words, rather than a division by zero.
 */
export function fleschKincaidGrade({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Flesch reading ease: 206.835 − 1.015 · words/sentence − 84.6 · syllables/word.
 * Zero for text without words, rather than a division by zero.
 */
export function fleschReadingEase({ words, sentences, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Counts words, sentences and syllables of masked prose; a sentence needs at least one word. */
export function countText(prose: string): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0 };
  for (const { start, end } of splitSentences(prose)) {
    const words = prose.slice(start, end).match(WORD);
    if (!words) continue;
    counts.sentences += 1;
    counts.words += words.length;
    for (const word of words) counts.syllables += syllablesOf(word);
  }
  return counts;
}

// The check runs on every keystroke over mostly the same words, and counting
// syllables is the costly part, so counts are remembered. The cache is
// emptied when it grows large rather than tracking which word is oldest.
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

/** At least one per word, so numbers like "400" (which `syllable` scores 0) still weigh something. */
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}
