import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Page } from "#shared/contracts/common.ts";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { webhookPolicy } from "#shared/policies/webhooks.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

type WebhookAction = keyof typeof webhookPolicy;
const ACTIONS = Object.keys(webhookPolicy) as WebhookAction[];

const request = (webhook: Webhook, action: WebhookAction): InjectOptions => {
  const url = `/api/v1/webhooks/${webhook.id}`;
  if (action === "delete") return { method: "DELETE", url };
  if (action === "rotateSecret") return { method: "POST", url: `${url}/secret` };
  return { method: "PATCH", url, payload: { version: webhook.version, description: "Changed" } };
};

/** For every role and every action: `permissions` (in the list and on the record) is what the server does. Only admins see webhooks at all. */
describe("webhook permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  const admin = () => as(t.app, ws.members.admin);

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  for (const role of ROLES) {
    it(role, async () => {
      const actor = as(t.app, ws.members[role]);
      for (const action of ACTIONS) {
        const created = await admin()({ method: "POST", url: "/api/v1/webhooks", payload: { url: "https://crm.example.com/in", eventTypes: ["*"] } });
        expect(created.statusCode).toBe(201);
        const webhook = created.json<Webhook>();
        const seen = await actor({ method: "GET", url: `/api/v1/webhooks/${webhook.id}` });
        const list = await actor({ method: "GET", url: "/api/v1/webhooks?limit=200" });
        const response = await actor(request(webhook, action));
        if (seen.statusCode === 403) {
          // Who may not see webhooks may not change them either.
          expect([list.statusCode, response.statusCode]).toEqual([403, 403]);
          continue;
        }
        const { permissions } = seen.json<Webhook>();
        expect(list.json<Page<Webhook>>().items.find((item) => item.id === webhook.id)?.permissions).toEqual(permissions);
        expectDoneAsPermitted(response, permissions[action], `${role} ${action}`);
      }
    });
  }
});
