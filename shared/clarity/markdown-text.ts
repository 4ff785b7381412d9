/**
 * Turns a cheat sheet's Markdown into its prose without moving anything: every
 * piece of syntax becomes spaces, so an offset in the result is the same
 * offset in the source and findings point straight at what the editor shows.
 *
 * Newlines survive only where a block ends (paragraph, heading, list item,
 * table row). A line break inside a paragraph becomes a space, so the sentence
 * splitter can treat every remaining newline as the end of a sentence.
 *
 * Left out on purpose: indented code blocks (they look like nested list items)
 * and multi-line HTML blocks other than comments.
 */
export function maskMarkdown(source: string): string {
  const lines = blankComments(source).split("\n");
  const masked: string[] = [];
  const kinds: LineKind[] = [];
  const quoted: boolean[] = [];
  let fence: string | null = null;

  for (const line of lines) {
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      masked.push(blank(line));
      kinds.push("other");
      quoted.push(false);
      continue;
    }
    const opener = FENCE.exec(line);
    if (opener?.[1]) {
      fence = opener[1];
      masked.push(blank(line));
      kinds.push("other");
      quoted.push(false);
      continue;
    }
    const { text, kind } = maskLine(line);
    masked.push(text);
    kinds.push(kind);
    quoted.push(BLOCKQUOTE.test(line));
  }

  let result = masked[0] ?? "";
  for (let i = 1; i < masked.length; i++) {
    // Entering or leaving a quote starts a new block too.
    const softWrap = kinds[i - 1] !== "other" && kinds[i] === "continuation" && quoted[i - 1] === quoted[i];
    result += (softWrap ? " " : "\n") + masked[i];
  }
  return result;
}

/**
 * The masked prose with its headings blanked too, offsets kept: what the
 * writer wrote under the headings. A new sheet's template is headings alone.
 */
export function proseUnderHeadings(source: string, masked: string): string {
  let result = "";
  let offset = 0;
  for (const line of source.split("\n")) {
    const shown = masked.slice(offset, offset + line.length);
    result += (HEADING.test(line.replace(BLOCKQUOTE, "")) ? blank(shown) : shown) + masked.slice(offset + line.length, offset + line.length + 1);
    offset += line.length + 1;
  }
  return result;
}

/** "continuation": a prose line that carries on the block above it. */
type LineKind = "starts-block" | "continuation" | "other";

const FENCE = /^\s*(`{3,}|~{3,})/;
const BLOCKQUOTE = /^(\s{0,3}>\s?)+/;
const BLANK_LINE = /^\s*$/;
const THEMATIC_BREAK_OR_UNDERLINE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|=+\s*|-+\s*)$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;
const TABLE_DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
const HEADING = /^(\s{0,3}#{1,6})(?=\s|$)/;
const HEADING_CLOSER = /\s#+\s*$/;
const LIST_MARKER = /^(\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?)(?=\s|$)/;

function maskLine(raw: string): { text: string; kind: LineKind } {
  const line = raw.endsWith("\r") ? `${raw.slice(0, -1)} ` : raw;
  const quote = BLOCKQUOTE.exec(line)?.[0] ?? "";
  const prefix = blank(quote);
  const rest = line.slice(quote.length);

  if (BLANK_LINE.test(rest)) return { text: blank(line), kind: "other" };
  if (THEMATIC_BREAK_OR_UNDERLINE.test(rest) || LINK_DEFINITION.test(rest) || TABLE_DELIMITER_ROW.test(rest)) {
    return { text: blank(line), kind: "other" };
  }

  const heading = HEADING.exec(rest);
  if (heading?.[1]) {
    const body = rest.slice(heading[1].length).replace(HEADING_CLOSER, blank);
    return { text: prefix + blank(heading[1]) + maskInline(body), kind: "other" };
  }
  if (rest.trimStart().startsWith("|")) {
    return { text: prefix + maskInline(rest).replaceAll("|", " "), kind: "other" };
  }
  const marker = LIST_MARKER.exec(rest);
  if (marker?.[1]) {
    return { text: prefix + blank(marker[1]) + maskInline(rest.slice(marker[1].length)), kind: "starts-block" };
  }
  return { text: prefix + maskInline(rest), kind: "continuation" };
}

// Each step keeps the length of what it replaces; the order matters only in
// that whole constructs (images, links, URLs) go before single markers.
const INLINE_STEPS: Array<[RegExp, (match: string, ...groups: string[]) => string]> = [
  [/\\(?=[!-/:-@[-`{-~])/g, blank], // backslash escapes
  [/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, blank], // HTML entities
  [/!\[[^\]]*\]\([^)]*\)/g, blank], // images are not prose
  [/\[\^[^\]]+\]/g, blank], // footnote references
  [/<(?:https?|mailto|ftp):[^\s>]*>|<[^\s@<>]+@[^\s<>]+>/gi, blank], // autolinks
  [/<\/?[a-z][^<>]*>/gi, blank], // HTML tags
  [/\[([^\]]*)\](\([^)]*\)|\[[^\]]*\])/g, (_match, label, target) => ` ${label}${blank(`]${target}`)}`], // links
  [/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, blank], // bare URLs
  [/`+/g, blank], // code span markers; the code itself is read
  [/\*+|~~+/g, blank],
  [/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, blank], // underscores that are emphasis, not snake_case
];

function maskInline(text: string): string {
  let result = text;
  for (const [pattern, replace] of INLINE_STEPS) result = result.replace(pattern, replace);
  return result;
}

function blankComments(source: string): string {
  return source.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed === (fence[0] ?? "").repeat(trimmed.length);
}

function blank(text: string): string {
  return " ".repeat(text.length);
}
