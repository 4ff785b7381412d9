import type { TCreatedPdf } from "pdfmake";
import { pdfPrinter } from "#server/kernel/pdf-printer.ts";
import { parseSheetBody, toSheetBody } from "./cheatsheets.pdf-content.ts";
import { cheatSheetDocument, typographyFor } from "./cheatsheets.pdf-layout.ts";
import { SCALES, type Scale } from "./cheatsheets.pdf-style.ts";

export type PaperSize = "A4" | "LETTER";

export interface CheatSheetPdfInput {
  title: string;
  pitch: string;
  /** Markdown. */
  body: string;
  workspaceName: string;
  /** The published version; null for a draft. */
  version: number | null;
  publishedAt: string | null;
  stale: boolean;
  tags: string[];
}

const SMALLEST = SCALES.length - 1;
/**
 * More words of ordinary prose than fit on one page even in the smallest type
 * (about 1,200 do). Laying out no further than this bounds the cost of every
 * attempt; a body cut here is marked as shortened like any other.
 */
const WORD_CEILING = 2000;
/** How close, in words, the cut of an overlong sheet gets to the end of the page. */
const CUT_PRECISION = 6;

interface Attempt {
  pdf: TCreatedPdf;
  pages: number;
  words: number;
}

type Tokens = ReturnType<typeof parseSheetBody>;

/**
 * The sheet on exactly one page: at the largest type scale that fits, or, if it
 * overflows even at the smallest, cut at the page end with a line saying so.
 */
export async function renderCheatSheetPdf(sheet: CheatSheetPdfInput, paper: PaperSize): Promise<Buffer> {
  const tokens = parseSheetBody(sheet.body);
  let overflow: Attempt | undefined;
  for (let index = 0; index < SCALES.length; index++) {
    const attempt = await layOut(sheet, paper, SCALES[index]!, tokens, WORD_CEILING);
    if (attempt.pages === 1) return attempt.pdf.getBuffer();
    overflow = attempt;
    // Each step down holds about a fifth more, so from three pages on only the smallest can help.
    if (attempt.pages > 2) index = Math.max(index, SMALLEST - 1);
  }
  const cut = await shortened(sheet, paper, tokens, overflow!);
  return cut.pdf.getBuffer();
}

/**
 * The most words that fit at the smallest scale, by bisection between none
 * (fits: title, pitch and tags are capped) and all (overflows). The first two
 * probes bracket the answer on the assumption that the pages fill evenly.
 */
async function shortened(sheet: CheatSheetPdfInput, paper: PaperSize, tokens: Tokens, overflow: Attempt): Promise<Attempt> {
  const scale = SCALES[SMALLEST]!;
  const guesses = [Math.floor(overflow.words / overflow.pages), Math.floor(overflow.words / (overflow.pages - 1))];
  let fitting = 0;
  let overflowing = overflow.words;
  let best: Attempt | undefined;
  while (overflowing - fitting > CUT_PRECISION) {
    const guess = guesses.shift();
    const probe = guess !== undefined && guess > fitting && guess < overflowing ? guess : Math.floor((fitting + overflowing) / 2);
    const attempt = await layOut(sheet, paper, scale, tokens, probe);
    if (attempt.pages === 1) {
      fitting = probe;
      best = attempt;
    } else {
      overflowing = probe;
    }
  }
  best ??= await layOut(sheet, paper, scale, tokens, fitting);
  if (best.pages !== 1) throw new Error(`Cheat sheet heading overflows one page (${best.pages} pages)`);
  return best;
}

async function layOut(sheet: CheatSheetPdfInput, paper: PaperSize, scale: Scale, tokens: Tokens, wordBudget: number): Promise<Attempt> {
  // pdfmake writes into the content it lays out, so every attempt converts afresh.
  const body = toSheetBody(tokens, typographyFor(scale, paper), wordBudget);
  let pages = 0;
  const pdf = pdfPrinter().createPdf(cheatSheetDocument(sheet, paper, scale, body, (count) => (pages = count)));
  // Laying out calls the footer once per page with the page count; the file itself is only written by getBuffer.
  await pdf.getStream();
  return { pdf, pages, words: body.words };
}
