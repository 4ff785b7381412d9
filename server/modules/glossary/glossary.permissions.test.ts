import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Page, type Role } from "#shared/contracts/common.ts";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { glossaryTermPolicy } from "#shared/policies/glossary.ts";
import { as, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted, oneMemberPerRole } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

type TermAction = keyof typeof glossaryTermPolicy;
const ACTIONS = Object.keys(glossaryTermPolicy) as TermAction[];

const request = (term: GlossaryTerm, action: TermAction): InjectOptions =>
  action === "delete"
    ? { method: "DELETE", url: `/api/v1/glossary/${term.id}` }
    : { method: "PATCH", url: `/api/v1/glossary/${term.id}`, payload: { version: term.version, definition: "A plainer definition." } };

/** For every role, on a term they added and on someone else's: `permissions` (in the list and on the term) is what the server does. */
describe("glossary permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let actors: Record<Role, TestMember>;
  let counter = 0;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    actors = await oneMemberPerRole(t.database.db, ws.id);
  });

  async function addTerm(by: TestMember): Promise<GlossaryTerm> {
    counter += 1;
    const response = await as(t.app, by)({ method: "POST", url: "/api/v1/glossary", payload: { term: `Term ${counter}`, definition: "What it means." } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<GlossaryTerm>();
  }

  for (const role of ROLES) {
    for (const own of [true, false]) {
      it(`${role}, on ${own ? "a term they added" : "someone else's term"}`, async () => {
        const actor = actors[role];
        const writes = role === "pm" || role === "pmo";
        // Only writers add terms: for the others "their own" cannot exist, and someone else's is tried again.
        const author = own && writes ? actor : ws.members.pm;
        for (const action of ACTIONS) {
          const term = await addTerm(author);
          const seen = await as(t.app, actor)({ method: "GET", url: `/api/v1/glossary/${term.id}` });
          expect(seen.statusCode).toBe(200);
          const permissions = seen.json<GlossaryTerm>().permissions;
          const list = await as(t.app, actor)({ method: "GET", url: "/api/v1/glossary?limit=200" });
          expect(list.json<Page<GlossaryTerm>>().items.find((item) => item.id === term.id)?.permissions).toEqual(permissions);
          const response = await as(t.app, actor)(request(term, action));
          const done = expectDoneAsPermitted(response, permissions[action], `${role} ${action}`);
          if (!done) expect(response.statusCode).toBe(403);
        }
      });
    }
  }
});
