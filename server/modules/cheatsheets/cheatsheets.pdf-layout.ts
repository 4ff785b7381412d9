import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { CHEATSHEET_SECTIONS } from "#shared/contracts/cheatsheets.ts";
import type { CheatSheetPdfInput, PaperSize } from "./cheatsheets.pdf.ts";
import type { BodySection, SheetBody } from "./cheatsheets.pdf-content.ts";
import { INK, MUTED, RULE, WARNING, boxed, type Scale, type Typography } from "./cheatsheets.pdf-style.ts";

const PAGE_WIDTH: Record<PaperSize, number> = { A4: 595.28, LETTER: 612 };
const FOOTER_SPACE = 44;
const FOOTER_SIZE = 7.5;
const SECTION_BAR = 3;
const SECTION_PADDING = [8, 6] as const;

// The one-page promise must hold whatever a caller passes, so the parts that
// are never shortened are capped here (at the contract's own limits).
const MAX_TITLE = 160;
const MAX_PITCH = 200;
const MAX_TAGS = 20;

interface Theme {
  color: string;
  tint: string;
  /** Framed, with a solid heading band: the section a rep must not misread. */
  warning?: boolean;
}

const THEMES: Record<(typeof CHEATSHEET_SECTIONS)[number], Theme> = {
  "What it is": { color: "#1f4e79", tint: "#e8eff7" },
  "Why the client cares": { color: "#2d5f1f", tint: "#e8f2e3" },
  "Say this": { color: "#11605a", tint: "#e2f1ef" },
  "Never promise this": { color: WARNING, tint: "#fbe9e9", warning: true },
  "Questions clients ask": { color: "#5a3785", tint: "#eee8f6" },
};
const OTHER_SECTION: Theme = { color: "#333333", tint: "#eeeeee" };

export function typographyFor(scale: Scale, paper: PaperSize): Typography {
  const column = PAGE_WIDTH[paper] - 2 * scale.margin;
  return { size: scale.size, gap: scale.gap, width: column - SECTION_BAR - SECTION_PADDING[0] - SECTION_PADDING[1] - 1 };
}

export function cheatSheetDocument(
  sheet: CheatSheetPdfInput,
  paper: PaperSize,
  scale: Scale,
  body: SheetBody,
  onPageCount: (pages: number) => void,
): TDocumentDefinitions {
  const notice: Content[] = body.truncated
    ? [{ text: "Shortened to fit one page. The full cheat sheet is in Tandem.", italics: true, color: MUTED, margin: [0, scale.gap / 2, 0, 0] }]
    : [];
  return {
    pageSize: paper,
    pageMargins: [scale.margin, scale.margin * 0.8, scale.margin, FOOTER_SPACE],
    info: { title: clip(sheet.title, MAX_TITLE), creator: "Tandem" },
    defaultStyle: { font: "Roboto", fontSize: scale.size, lineHeight: scale.lineHeight, color: INK },
    content: [...masthead(sheet, scale), ...body.sections.map((section) => sectionBlock(section, scale)), ...notice],
    footer: (_page: number, pages: number) => {
      onPageCount(pages);
      return footer(sheet, paper, scale);
    },
  };
}

function masthead(sheet: CheatSheetPdfInput, scale: Scale): Content[] {
  const status = [sheet.version === null ? "Draft" : null, sheet.stale ? "Needs re-verification" : null].filter(Boolean).join(" · ");
  const eyebrow = ["Cheat sheet", ...sheet.tags.slice(0, MAX_TAGS).map((tag) => clip(tag, 40))].join("  ·  ");
  const pitch = clip(sheet.pitch, MAX_PITCH);
  return [
    {
      columns: [
        { text: eyebrow.toUpperCase(), width: "*", color: MUTED },
        { text: status.toUpperCase(), width: "auto", bold: true, color: sheet.stale ? WARNING : INK },
      ],
      columnGap: 12,
      fontSize: Math.max(FOOTER_SIZE, scale.size * 0.72),
      characterSpacing: 0.6,
    },
    { text: clip(sheet.title, MAX_TITLE), bold: true, fontSize: scale.size * 2.1, lineHeight: 1.05, margin: [0, scale.gap / 2, 0, scale.gap] },
    ...(pitch === ""
      ? []
      : [boxed([{ text: pitch, italics: true, fontSize: scale.size * 1.15 }], { bar: "#1f4e79", barWidth: 3, fill: "#eef2f6", padding: [6, 9], margin: [0, 0, 0, scale.gap * 1.6] })]),
  ];
}

function themeFor(heading: string): Theme {
  const key = heading.toLowerCase().replace(/[\s:?.!]+$/, "");
  const name = CHEATSHEET_SECTIONS.find((section) => section.toLowerCase() === key);
  return name === undefined ? OTHER_SECTION : THEMES[name];
}

/** A heading band over the body, held together by a bar down the left edge (and a frame for warnings). */
function sectionBlock(section: BodySection, scale: Scale): Content {
  const margin: [number, number, number, number] = [0, 0, 0, scale.gap * 1.3];
  if (section.heading === null) return { stack: section.blocks, margin };
  const theme = themeFor(section.heading);
  const heading = {
    text: section.heading,
    bold: true,
    fontSize: scale.size * 1.15,
    color: theme.warning ? "#ffffff" : theme.color,
    fillColor: theme.warning ? theme.color : theme.tint,
  };
  const rows: Content[][] = section.blocks.length > 0 ? [[heading], [{ stack: section.blocks }]] : [[heading]];
  const frame = theme.warning ? 1 : 0;
  return {
    table: { widths: ["*"], body: rows },
    layout: {
      hLineWidth: (index: number) => (index === 0 || index === rows.length ? frame : 0),
      vLineWidth: (index: number) => (index === 0 ? SECTION_BAR : frame),
      hLineColor: () => theme.color,
      vLineColor: () => theme.color,
      paddingLeft: () => SECTION_PADDING[0],
      paddingRight: () => SECTION_PADDING[1],
      paddingTop: (row: number) => (row === 0 ? scale.gap / 2 : scale.gap * 0.8),
      paddingBottom: (row: number) => (row === 0 ? scale.gap / 2 : 0),
    },
    margin,
  };
}

function footer(sheet: CheatSheetPdfInput, paper: PaperSize, scale: Scale): Content {
  const width = PAGE_WIDTH[paper] - 2 * scale.margin;
  const version = sheet.version === null ? "Draft" : [`Version ${sheet.version}`, sheet.publishedAt ? `published ${formatDate(sheet.publishedAt)}` : null].filter(Boolean).join(" · ");
  return {
    margin: [scale.margin, 12, scale.margin, 0],
    fontSize: FOOTER_SIZE,
    color: MUTED,
    stack: [
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE }], margin: [0, 0, 0, 4] },
      {
        columns: [
          { text: clip(sheet.workspaceName, 80), bold: true, width: "*" },
          { text: version, alignment: "center", width: "auto" },
          { text: sheet.stale ? "Needs re-verification" : "", bold: true, color: WARNING, alignment: "right", width: "*" },
        ],
        columnGap: 12,
      },
    ],
  };
}

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
