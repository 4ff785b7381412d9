import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { ROLES, type Role } from "#shared/contracts/common.ts";
import { cheatSheetPolicy, type CheatSheetAction } from "#shared/policies/cheatsheets.ts";
import { as, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted, oneMemberPerRole } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { act, createSheet, sheetInput } from "./cheatsheets.fixtures.ts";

/**
 * Generated from the policy: for every role, on a sheet of their own and on
 * someone else's, in every state, what `permissions` says of each action is
 * what the server does when the action is tried.
 */
const STATES = ["draft", "in_review", "published", "published_with_draft", "archived"] as const;
type State = (typeof STATES)[number];
const ACTIONS = Object.keys(cheatSheetPolicy) as CheatSheetAction[];

const request = (sheet: CheatSheet, action: CheatSheetAction): InjectOptions => {
  const url = `/api/v1/cheatsheets/${sheet.id}`;
  const body = { version: sheet.version };
  switch (action) {
    case "update":
      return { method: "PATCH", url, payload: { ...body, pitch: "A changed line." } };
    case "delete":
      return { method: "DELETE", url };
    case "approve":
      return { method: "POST", url: `${url}/approve`, payload: { ...body, acceptException: true, comment: "Fine." } };
    case "requestChanges":
      return { method: "POST", url: `${url}/request-changes`, payload: { ...body, comment: "Shorter, please." } };
    case "restoreVersion":
      return { method: "POST", url: `${url}/versions/1/restore`, payload: body };
    case "acknowledge":
      return { method: "POST", url: `${url}/acknowledgements` };
    case "seeAcknowledgements":
      return { method: "GET", url: `${url}/acknowledgements` };
    default:
      return { method: "POST", url: `${url}/${action}`, payload: body };
  }
};

describe("cheat-sheet permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let actors: Record<Role, TestMember>;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    actors = await oneMemberPerRole(t.database.db, ws.id);
  });

  /** A sheet in `state`, owned (and, for a writer, written) by `actor` or by the workspace's pm. */
  async function sheetIn(state: State, actor: TestMember, own: boolean): Promise<CheatSheet> {
    const writes = own && (actor.roles.includes("pm") || actor.roles.includes("pmo"));
    const author = writes ? actor : ws.members.pm;
    const lead = ws.members.pmo;
    let sheet = await createSheet(t.app, author, { ...sheetInput(), ownerId: own ? actor.id : ws.members.pm.id });
    if (state === "draft") return sheet;
    sheet = await act(t.app, author, sheet, "submit");
    if (state === "in_review") return sheet;
    sheet = await act(t.app, lead, sheet, "approve");
    if (state === "archived") return act(t.app, lead, sheet, "archive");
    if (state === "published_with_draft") {
      const edited = await as(t.app, author)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: sheet.version, body: `${sheet.published!.body}\nOne more line.` } });
      expect(edited.statusCode, edited.body).toBe(200);
      return edited.json<CheatSheet>();
    }
    return sheet;
  }

  /** The caller's permissions, or none at all when the sheet is not theirs to see. */
  async function permissionsOf(actor: TestMember, sheet: CheatSheet): Promise<Record<CheatSheetAction, boolean>> {
    const response = await as(t.app, actor)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` });
    if (response.statusCode === 404) return Object.fromEntries(ACTIONS.map((action) => [action, false])) as Record<CheatSheetAction, boolean>;
    expect(response.statusCode, response.body).toBe(200);
    const seen = response.json<CheatSheet>();
    expect(Object.keys(seen.permissions).sort()).toEqual([...ACTIONS].sort());
    return seen.permissions;
  }

  for (const role of ROLES) {
    for (const own of [true, false]) {
      it(`${role}, on ${own ? "a sheet of their own" : "someone else's sheet"}`, async () => {
        const actor = actors[role];
        let allowedSomewhere = 0;
        for (const state of STATES) {
          let sheet = await sheetIn(state, actor, own);
          let permissions = await permissionsOf(actor, sheet);
          for (const action of ACTIONS) {
            // Restoring needs a version to restore.
            if (action === "restoreVersion" && (state === "draft" || state === "in_review")) continue;
            const response = await as(t.app, actor)(request(sheet, action));
            const done = expectDoneAsPermitted(response, permissions[action], `${role} ${own ? "own" : "other"} ${state} ${action}`);
            if (!done) expect([403, 404, 409]).toContain(response.statusCode);
            if (done) {
              allowedSomewhere += 1;
              // The action changed the sheet: the next one starts from a fresh one in the same state.
              sheet = await sheetIn(state, actor, own);
              permissions = await permissionsOf(actor, sheet);
            }
          }
        }
        // Every role may do something (acknowledge a published sheet at least): the comparison ran both ways.
        expect(allowedSomewhere).toBeGreaterThan(0);
      });
    }
  }
});
