import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

/** A glossary term to mark in rendered text, so readers get its definition on hover or focus. */
export interface MarkedTerm {
  id: string;
  term: string;
  synonyms: string[];
  definition: string;
}

// Raw HTML in the source is escaped by markdown-it; the sanitizer is the
// second wall, keeping only formatting tags and http(s)/mailto links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.core.ruler.push("glossary_terms", markTerms);

type StateCore = Parameters<Parameters<typeof markdown.core.ruler.push>[1]>[0];
type Token = StateCore["tokens"][number];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a",
    "table", "thead", "tbody", "tr", "th", "td", "dfn",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    th: ["align"],
    td: ["align"],
    dfn: ["class", "tabindex", "data-term-id", "data-definition"],
  },
  allowedClasses: { dfn: ["glossary-term"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
  },
};

export function renderMarkdown(source: string, options: { terms?: MarkedTerm[] } = {}): string {
  const env = { matcher: options.terms?.length ? termMatcher(options.terms) : null };
  return sanitizeHtml(markdown.render(source, env), SANITIZE);
}

interface TermMatcher {
  pattern: RegExp;
  byName: Map<string, MarkedTerm>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest names first, so "change request" wins over "change"; plural s/es allowed; whole words only. */
function termMatcher(terms: MarkedTerm[]): TermMatcher {
  const byName = new Map<string, MarkedTerm>();
  for (const term of terms) for (const name of [term.term, ...term.synonyms]) byName.set(name.toLowerCase(), term);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join("|")})(?:e?s)?(?![\\p{L}\\p{N}])`, "giu");
  return { pattern, byName };
}

/** Splits text tokens (outside links and code) around glossary terms into <dfn> marks. */
function markTerms(state: StateCore): void {
  const matcher = (state.env as { matcher?: TermMatcher | null }).matcher;
  if (!matcher) return;
  for (const block of state.tokens) {
    if (block.type !== "inline" || !block.children) continue;
    let linkDepth = 0;
    const children: Token[] = [];
    for (const token of block.children) {
      if (token.type === "link_open") linkDepth++;
      if (token.type === "link_close") linkDepth--;
      if (token.type !== "text" || linkDepth > 0) children.push(token);
      else children.push(...splitText(state, token, matcher));
    }
    block.children = children;
  }
}

function splitText(state: StateCore, token: Token, { pattern, byName }: TermMatcher): Token[] {
  const parts: Token[] = [];
  const text = token.content;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = byName.get(match[1]!.toLowerCase());
    if (!term) continue;
    if (match.index > last) parts.push(textToken(state, text.slice(last, match.index)));
    const open = new state.Token("html_inline", "", 0);
    open.content = `<dfn class="glossary-term" tabindex="0" data-term-id="${escapeHtml(term.id)}" data-definition="${escapeHtml(term.definition)}">`;
    parts.push(open, textToken(state, match[0]));
    const close = new state.Token("html_inline", "", 0);
    close.content = "</dfn>";
    parts.push(close);
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [token];
  if (last < text.length) parts.push(textToken(state, text.slice(last)));
  return parts;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token("text", "", 0);
  token.content = content;
  return token;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
