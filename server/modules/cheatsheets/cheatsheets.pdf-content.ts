import MarkdownIt from "markdown-it";
import type { Content } from "pdfmake/interfaces.js";
import { CODE_FILL, MUTED, RULE, boxed, type Typography } from "./cheatsheets.pdf-style.ts";

// With html: false, raw HTML in the source arrives as plain text tokens. The
// converter below never emits pdfmake links or images, so nothing in a body can
// become an active link, a fetch or a file read.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

type Token = ReturnType<typeof markdown.parse>[number];

export function parseSheetBody(source: string): Token[] {
  return markdown.parse(source, {});
}

export interface BodySection {
  heading: string | null;
  blocks: Content[];
}

export interface SheetBody {
  sections: BodySection[];
  /** Words placed: the whole body's when within the budget. */
  words: number;
  truncated: boolean;
}

const SHOWN_URL = /^(https?:|mailto:)/i;

/** Converts the body, stopping after `wordBudget` words (headings and shown URLs count). */
export function toSheetBody(tokens: Token[], type: Typography, wordBudget: number): SheetBody {
  const converter = new Converter(tokens, type, wordBudget);
  const sections = converter.sections();
  return { sections, words: converter.words, truncated: converter.truncated };
}

class Converter {
  words = 0;
  truncated = false;
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly type: Typography,
    private readonly budget: number,
  ) {}

  sections(): BodySection[] {
    const sections: BodySection[] = [];
    let current: BodySection = { heading: null, blocks: [] };
    while (this.at < this.tokens.length && !this.truncated) {
      const token = this.tokens[this.at]!;
      if (token.type === "heading_open" && token.level === 0 && (token.tag === "h1" || token.tag === "h2")) {
        if (current.heading !== null || current.blocks.length > 0) sections.push(current);
        const heading = this.take(plainText(this.tokens[this.at + 1]?.children ?? []));
        current = { heading: heading === "" ? null : heading, blocks: [] };
        this.at += 3;
      } else {
        const block = this.block();
        if (block !== null) current.blocks.push(block);
      }
    }
    // A heading left without any body at the cut would read as an empty section.
    if (current.blocks.length > 0 || (current.heading !== null && !this.truncated)) sections.push(current);
    return sections;
  }

  /** The block at the cursor; null for one with nothing left to show (as at the cut). */
  private block(): Content | null {
    const token = this.tokens[this.at++]!;
    const { size, gap } = this.type;
    const after = token.level === 0 ? gap : gap / 3;
    switch (token.type) {
      case "paragraph_open":
      case "heading_open": {
        const text = this.inline();
        this.at++;
        if (text.length === 0) return null;
        if (token.type === "heading_open") return { text, bold: true, fontSize: size * 1.05, margin: [0, gap / 2, 0, gap / 2] };
        return token.hidden ? { text } : { text, margin: [0, 0, 0, after] };
      }
      case "bullet_list_open":
      case "ordered_list_open": {
        const items = this.items(token.type === "bullet_list_open" ? "bullet_list_close" : "ordered_list_close");
        if (items.length === 0) return null;
        if (token.type === "bullet_list_open") return { ul: items, margin: [0, 0, 0, after] };
        return { ol: items, start: Number(token.attrGet("start") ?? 1), margin: [0, 0, 0, after] };
      }
      case "blockquote_open": {
        const blocks = this.until("blockquote_close");
        return blocks.length === 0 ? null : boxed(blocks, { bar: RULE, italics: true, margin: [0, 0, 0, after] });
      }
      case "fence":
      case "code_block": {
        const text = this.take(token.content.replace(/\n$/, ""));
        if (text === "") return null;
        return boxed([{ text, preserveLeadingSpaces: true, fontSize: size * 0.92 }], { fill: CODE_FILL, margin: [0, 0, 0, after] });
      }
      case "hr":
        return { canvas: [{ type: "line", x1: 0, y1: 0, x2: this.type.width, y2: 0, lineWidth: 0.5, lineColor: RULE }], margin: [0, gap / 2, 0, gap] };
      case "table_open":
        return this.table(after);
      default:
        return null;
    }
  }

  /** Blocks up to the closing token, which is consumed. */
  private until(close: string): Content[] {
    const blocks: Content[] = [];
    while (this.at < this.tokens.length && !this.truncated && this.tokens[this.at]!.type !== close) {
      const block = this.block();
      if (block !== null) blocks.push(block);
    }
    this.at++;
    return blocks;
  }

  private items(close: string): Content[] {
    const items: Content[] = [];
    while (this.at < this.tokens.length && !this.truncated && this.tokens[this.at]!.type !== close) {
      this.at++; // list_item_open
      const blocks = this.until("list_item_close");
      if (blocks.length > 0) items.push(blocks.length === 1 ? blocks[0]! : { stack: blocks });
    }
    this.at++;
    return items;
  }

  private table(after: number): Content | null {
    const body: Content[][] = [];
    let row: Content[] = [];
    while (this.at < this.tokens.length && !this.truncated && this.tokens[this.at]!.type !== "table_close") {
      const token = this.tokens[this.at++]!;
      if (token.type === "tr_open") row = [];
      else if (token.type === "tr_close") body.push(row);
      else if (token.type === "th_open" || token.type === "td_open") {
        row.push({ text: this.inline(), bold: token.type === "th_open" });
        this.at++;
      }
    }
    this.at++;
    if (this.truncated && row.length > 0 && body.at(-1) !== row) body.push(row);
    const columns = Math.max(0, ...body.map((cells) => cells.length));
    if (columns === 0) return null;
    for (const cells of body) while (cells.length < columns) cells.push("");
    return { table: { headerRows: 1, widths: Array<string>(columns).fill("*"), body }, layout: "lightHorizontalLines", margin: [0, 0, 0, after] };
  }

  /** The inline token at the cursor, as pdfmake text runs. */
  private inline(): Content[] {
    const children = this.tokens[this.at++]?.children ?? [];
    const runs: Content[] = [];
    let bold = 0;
    let italics = 0;
    let strike = 0;
    const links: string[] = [];
    const push = (text: string, extra: object = {}) => {
      if (text === "") return;
      // Only what is switched on is set, so a run inherits the rest (a quote's italics, a heading's weight).
      runs.push({ text, ...(bold > 0 && { bold: true }), ...(italics > 0 && { italics: true }), ...(strike > 0 && { decoration: "lineThrough" }), ...extra });
    };
    for (const child of children) {
      if (this.truncated) break;
      switch (child.type) {
        case "text": push(this.take(child.content)); break;
        case "code_inline": push(this.take(child.content), { background: CODE_FILL }); break;
        case "softbreak": push(" "); break;
        case "hardbreak": push("\n"); break;
        case "strong_open": bold++; break;
        case "strong_close": bold--; break;
        case "em_open": italics++; break;
        case "em_close": italics--; break;
        case "s_open": strike++; break;
        case "s_close": strike--; break;
        // An autolink's text is its address already.
        case "link_open": links.push(child.markup === "autolink" ? "" : String(child.attrGet("href") ?? "")); break;
        case "link_close": {
          // Shown as text only; a web or mail address follows in small type.
          const href = links.pop();
          if (href && SHOWN_URL.test(href)) push(this.take(` (${href.replace(/^mailto:/i, "")})`), { fontSize: this.type.size * 0.8, color: MUTED });
          break;
        }
        case "image": {
          const alt = plainText(child.children ?? []);
          if (alt !== "") push(this.take(`[${alt}]`), { italics: true, color: MUTED });
          break;
        }
      }
    }
    return runs;
  }

  /** The text if the budget allows it, else as many words as fit, then an ellipsis. */
  private take(text: string): string {
    if (this.truncated) return "";
    const pieces = text.match(/\s*\S+/g) ?? [];
    if (this.words + pieces.length <= this.budget) {
      this.words += pieces.length;
      return text;
    }
    const allowed = Math.max(0, this.budget - this.words);
    this.words += allowed;
    this.truncated = true;
    return allowed > 0 ? `${pieces.slice(0, allowed).join("")}…` : "";
  }
}

function plainText(children: Token[]): string {
  return children
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.type === "image" ? plainText(child.children ?? []) : child.content))
    .join("")
    .trim();
}
