import type { Actor } from "#server/kernel/access.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { acknowledgeSheet } from "#server/modules/cheatsheets/cheatsheets.receipts.ts";
import { approveSheet, submitSheet } from "#server/modules/cheatsheets/cheatsheets.lifecycle.ts";
import { createSheet, getSheet, updateSheet } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { addTerm } from "#server/modules/glossary/glossary.service.ts";
import { CreateCheatSheetSchema, type CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { CreateGlossaryTermSchema } from "#shared/contracts/glossary.ts";
import { DEMO_CHEATSHEETS, DEMO_GLOSSARY, type DemoCheatSheet } from "./cheatsheets.data.ts";
import { backdateVerification, serviceIdsByName } from "./demo.repository.ts";

export type DemoActors = Record<"pm" | "pmo" | "rep", Actor>;

/** How each demo sheet is left, so every state of the lifecycle shows. */
const IN_REVIEW = "The critical path"; // the reviewer sees the unexplained "float"
const DRAFT = "Lead time before a start";
const WITH_EXCEPTION = "The risk register"; // published above grade 9, exception accepted
const SECOND_VERSION = "Scope creep";
const STALE = ["Contingency", "Sprints", "RACI: who does what"];
const ACKNOWLEDGED = ["What is a change request?", "Fixed price vs time and materials", "Acceptance criteria", SECOND_VERSION];

const DAY = 86_400_000;

/**
 * The glossary and the cheat sheets of the demo workspace, made with the
 * API's own service functions inside the seed's transaction: some published,
 * one with a second version, some stale, one in review, one draft; the demo
 * rep has acknowledged some and not others.
 */
export async function seedCheatSheets(trx: Executor, actors: DemoActors): Promise<void> {
  const as = (actor: Actor): RequestContext => ({ db: trx as RequestContext["db"], actor, workspaceId: actor.workspaceId });
  const [pm, pmo, rep] = [as(actors.pm), as(actors.pmo), as(actors.rep)];

  const termIds = new Map<string, string>();
  for (const term of DEMO_GLOSSARY) {
    const added = await addTerm(trx, actors.pm, CreateGlossaryTermSchema.parse(term));
    termIds.set(term.term, added.id);
  }
  const serviceIds = await serviceIdsByName(trx, actors.pm.workspaceId);
  const input = (sheet: DemoCheatSheet) =>
    CreateCheatSheetSchema.parse({
      title: sheet.title,
      pitch: sheet.pitch,
      body: sheet.body,
      tags: sheet.tags,
      serviceIds: sheet.services.map((name) => required(serviceIds, name, "service")),
      termIds: sheet.terms.map((term) => required(termIds, term, "glossary term")),
    });

  const sheets = new Map<string, CheatSheet>();
  for (const demo of DEMO_CHEATSHEETS) {
    let sheet = await createSheet(pm, input(demo));
    if (demo.title !== DRAFT) sheet = await submitSheet(pm, sheet.id, { version: sheet.version, comment: "" });
    if (demo.title !== DRAFT && demo.title !== IN_REVIEW) {
      const exception = demo.title === WITH_EXCEPTION;
      sheet = await approveSheet(pmo, sheet.id, {
        version: sheet.version,
        acceptException: exception,
        comment: exception ? "Risk wording is agreed with Legal; a plainer rewrite is planned." : "Clear and correct.",
      });
    }
    sheets.set(demo.title, sheet);
  }

  const creep = sheets.get(SECOND_VERSION)!;
  await acknowledgeSheet(rep, creep.id);
  const edited = await updateSheet(pm, creep.id, { version: creep.version, pitch: `${creep.pitch} Catch it early: ask "is this in the plan?"` });
  const submitted = await submitSheet(pm, creep.id, { version: edited.version, comment: "Adds the one question reps should ask." });
  await approveSheet(pmo, creep.id, { version: submitted.version, acceptException: false, comment: "Good addition." });

  for (const title of ACKNOWLEDGED.filter((title) => title !== SECOND_VERSION)) await acknowledgeSheet(rep, sheets.get(title)!.id);
  await getSheet(rep, sheets.get("Phases and milestones")!.id); // read, not yet acknowledged

  const now = Date.now();
  for (const [index, title] of STALE.entries()) {
    const verifiedAt = new Date(now - (100 + index * 20) * DAY).toISOString();
    await backdateVerification(trx, sheets.get(title)!.id, verifiedAt, new Date(Date.parse(verifiedAt) + 90 * DAY).toISOString());
  }
}

function required(ids: Map<string, string>, name: string, what: string): string {
  const id = ids.get(name);
  if (!id) throw new Error(`The demo data names a ${what} "${name}" that does not exist.`);
  return id;
}
