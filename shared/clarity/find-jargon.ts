/**
 * Finds jargon terms in masked prose. Terms are compiled once into a tree of
 * words, so a scan costs one step per word of the text whatever the number
 * of terms, which keeps the check fast enough for every keystroke.
 */

export interface JargonTerm {
  /** How the term is shown in findings. */
  term: string;
  /** The term and its synonyms, as written. */
  variants: readonly string[];
  source: "glossary" | "starter";
  /** A glossary term linked to the sheet counts as explained. */
  linked: boolean;
}

export interface JargonMatch {
  term: JargonTerm;
  start: number;
  end: number;
}

export interface JargonMatcher {
  /** Matches in text order; where terms overlap, the longest wins. */
  find(prose: string): JargonMatch[];
  /** True when `text` is nothing but one of the term's own names (for "WBS (work breakdown structure)"). */
  isNameOf(term: JargonTerm, text: string): boolean;
}

interface Node {
  children: Map<string, Node>;
  term?: JargonTerm;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
// Between the words of one term: spaces, hyphens, "&" or "/" ("go-live",
// "T&M", "go/no-go"), never a full stop or a comma.
const JOINER = /^[\s\-‐‑&/]+$/;
const ACRONYM = /^[A-Z]{1,5}$/;

/**
 * Short all-capital words are keyed as written, so "SOW" matches only
 * "SOW" (and "SOWs"), never "sow"; every other word is keyed in lower case.
 */
const keyOf = (word: string): string => (ACRONYM.test(word) ? `=${word}` : word.toLowerCase());

/** Keys a text word may stand for: itself, and, as a term's last word, its singular. */
function keysOf(word: string): { exact: string[]; singular: string[] } {
  const lower = word.toLowerCase();
  const exact = [lower, `=${word}`];
  const singular: string[] = [];
  if (/^[A-Z]{1,5}s$/.test(word)) singular.push(`=${word.slice(0, -1)}`);
  if (lower.endsWith("ies")) singular.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) singular.push(lower.slice(0, -2));
  if (lower.endsWith("s")) singular.push(lower.slice(0, -1));
  return { exact, singular };
}

/** The key of a name: "Change-Request" and "change request" share one; "SOW" and "sow" do not. */
export function nameKey(text: string): string {
  return tokenize(text)
    .map((token) => keyOf(token.text))
    .join(" ");
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Earlier terms win a name they share with a later one, so pass glossary terms first. */
export function compileJargonMatcher(terms: readonly JargonTerm[]): JargonMatcher {
  const root: Node = { children: new Map() };
  const names = new Map<JargonTerm, Set<string>>();

  for (const term of terms) {
    const own = new Set<string>();
    names.set(term, own);
    for (const variant of term.variants) {
      const keys = tokenize(variant).map((token) => keyOf(token.text));
      if (keys.length === 0) continue;
      own.add(keys.join(" "));
      let node = root;
      for (const key of keys) {
        let child = node.children.get(key);
        if (!child) {
          child = { children: new Map() };
          node.children.set(key, child);
        }
        node = child;
      }
      node.term ??= term;
    }
  }

  return {
    find(prose) {
      const tokens = tokenize(prose);
      const matches: JargonMatch[] = [];
      let i = 0;
      while (i < tokens.length) {
        const longest = longestAt(root, tokens, i, prose);
        const first = tokens[i];
        const last = longest ? tokens[longest.lastToken] : undefined;
        if (longest && first && last) {
          matches.push({ term: longest.term, start: first.start, end: last.end });
          i = longest.lastToken + 1;
        } else {
          i += 1;
        }
      }
      return matches;
    },
    isNameOf(term, text) {
      return names.get(term)?.has(nameKey(text)) ?? false;
    },
  };
}

/** Walks the tree from token `i` on and returns the longest term that ends on a word. */
function longestAt(root: Node, tokens: Token[], i: number, prose: string) {
  let best: { term: JargonTerm; lastToken: number } | undefined;
  let nodes: Node[] = [root];
  for (let j = i; j < tokens.length && nodes.length > 0; j++) {
    const token = tokens[j];
    const previous = tokens[j - 1];
    if (!token) break;
    if (j > i && previous && !JOINER.test(prose.slice(previous.end, token.start))) break;
    const { exact, singular } = keysOf(token.text);
    const next: Node[] = [];
    for (const node of nodes) {
      for (const key of exact) {
        const child = node.children.get(key);
        if (!child) continue;
        next.push(child);
        if (child.term) best = { term: child.term, lastToken: j };
      }
      if (best?.lastToken === j) continue;
      // A plural only counts on the last word of a term: "change requests", not "changes request".
      for (const key of singular) {
        const term = node.children.get(key)?.term;
        if (term) {
          best = { term, lastToken: j };
          break;
        }
      }
    }
    nodes = next;
  }
  return best;
}
