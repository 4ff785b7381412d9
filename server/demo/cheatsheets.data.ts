/**
 * The demo workspace's cheat sheets: one page each, in plain language, on the
 * concepts Acme Consulting's project team most often explains to its sales reps.
 * Every body has the five sections of CHEATSHEET_SECTIONS, in order.
 *
 * Two sheets are imperfect on purpose, so the demo shows the clarity check at
 * work: "The risk register" reads a little above grade 9, and "The critical
 * path" uses "float" without explaining it or linking the glossary term.
 * The sheets live in two files by topic; the glossary in glossary.data.ts.
 */

import { COMMERCIAL_SHEETS } from "./cheatsheets-commercial.data.ts";
import { DELIVERY_SHEETS } from "./cheatsheets-delivery.data.ts";

export type { DemoGlossaryTerm } from "./glossary.data.ts";
export { DEMO_GLOSSARY } from "./glossary.data.ts";

export interface DemoCheatSheet {
  title: string;
  /** One line, at most 160 characters. */
  pitch: string;
  /** Markdown with the five sections, in order. */
  body: string;
  tags: string[];
  /** Exact names of services in catalog.ts; may be empty. */
  services: string[];
  /** Exact `term` values of glossary entries this sheet links. */
  terms: string[];
}


/** In the order the demo lists them. */
export const DEMO_CHEATSHEETS: DemoCheatSheet[] = [...COMMERCIAL_SHEETS, ...DELIVERY_SHEETS];
