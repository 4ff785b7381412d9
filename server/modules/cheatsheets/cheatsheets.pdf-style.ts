import type { Content } from "pdfmake/interfaces.js";

/**
 * One type scale per attempt, from comfortable to the smallest still easy to
 * read. A sheet is laid out with the first scale that fits it on one page.
 */
export interface Scale {
  /** Body size in points. */
  size: number;
  lineHeight: number;
  /** Space after a block. */
  gap: number;
  /** Page margin on the left, right and top. */
  margin: number;
}

export const SCALES: readonly Scale[] = [
  { size: 11, lineHeight: 1.25, gap: 7, margin: 50 },
  { size: 10, lineHeight: 1.2, gap: 6, margin: 46 },
  { size: 9, lineHeight: 1.15, gap: 5, margin: 42 },
  { size: 8, lineHeight: 1.1, gap: 4, margin: 38 },
];

/** What the Markdown conversion needs to know of the scale and the page. */
export interface Typography {
  size: number;
  gap: number;
  /** Width of the text column, for rules drawn across it. */
  width: number;
}

// Colours are dark enough to stay legible as greys on a black-and-white
// printer; tints are light enough that black text on them stays crisp.
export const INK = "#1a1a1a";
export const MUTED = "#555555";
export const RULE = "#8c8c8c";
export const CODE_FILL = "#ececec";
export const WARNING = "#a11d1d";

export interface BoxOptions {
  /** Colour of a bar down the left edge. */
  bar?: string;
  barWidth?: number;
  fill?: string;
  /** Colour of a frame on all four sides. */
  frame?: string;
  italics?: boolean;
  padding?: [number, number];
  margin?: [number, number, number, number];
}

/** A block in a one-cell table: the one pdfmake element that draws fills, bars and frames around flowing content. */
export function boxed(stack: Content[], options: BoxOptions): Content {
  const [vertical, horizontal] = options.padding ?? [options.fill ? 4 : 1, options.bar ? 8 : 6];
  const frameWidth = options.frame ? 1 : 0;
  return {
    table: { widths: ["*"], body: [[{ stack, fillColor: options.fill, italics: options.italics }]] },
    layout: {
      hLineWidth: () => frameWidth,
      vLineWidth: (index: number) => (index === 0 && options.bar ? (options.barWidth ?? 2) : frameWidth),
      hLineColor: () => options.frame ?? INK,
      vLineColor: (index: number) => (index === 0 && options.bar ? options.bar : (options.frame ?? INK)),
      paddingLeft: () => horizontal,
      paddingRight: () => horizontal,
      paddingTop: () => vertical,
      paddingBottom: () => vertical,
    },
    margin: options.margin,
  };
}
