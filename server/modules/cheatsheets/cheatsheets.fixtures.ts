import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import { as, type TestMember } from "#tests/factories.ts";
import type { CheatSheet, CreateCheatSheetInput } from "#shared/contracts/cheatsheets.ts";

let counter = 0;

/** A plain body that passes the clarity check with the default limits. */
export const PLAIN_BODY = `## What it is

A change request is a written ask to change what we agreed to build. It names the change, the cost and the new date.

## Why the client cares

The client keeps control. Nothing changes by surprise, and the bill matches the work.

## Say this

"Tell us what you need. We will write it down and show you the cost before we start."

## Never promise this

Do not promise a change for free. Every change costs time or money.

## Questions clients ask

**Can we change our minds?** Yes. We write a change request, you approve it, and then we do the work.
`;

export function sheetInput(overrides: Partial<CreateCheatSheetInput> = {}): CreateCheatSheetInput {
  counter += 1;
  return { title: `Sheet ${counter} ${Math.random().toString(36).slice(2, 8)}`, pitch: "One clear line.", body: PLAIN_BODY, ...overrides };
}

export async function createSheet(app: FastifyInstance, writer: TestMember, overrides: Partial<CreateCheatSheetInput> = {}): Promise<CheatSheet> {
  const response = await as(app, writer)({ method: "POST", url: "/api/v1/cheatsheets", payload: sheetInput(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CheatSheet>();
}

/** Runs a lifecycle action and expects it to work. */
export async function act(app: FastifyInstance, member: TestMember, sheet: Pick<CheatSheet, "id" | "version">, action: string, body: object = {}) {
  const response = await as(app, member)({
    method: "POST",
    url: `/api/v1/cheatsheets/${sheet.id}/${action}`,
    payload: { version: sheet.version, ...body },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CheatSheet>();
}

/** Created by `author`, submitted, and approved by the pmo lead. */
export async function publishSheet(app: FastifyInstance, author: TestMember, pmo: TestMember, overrides: Partial<CreateCheatSheetInput> = {}) {
  const draft = await createSheet(app, author, overrides);
  const submitted = await act(app, author, draft, "submit");
  return act(app, pmo, submitted, "approve");
}
