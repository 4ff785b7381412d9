import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "#shared/contracts/common.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Service, ServiceSummary } from "#shared/contracts/services.ts";
import { servicePolicy } from "#shared/policies/services.ts";
import { as, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { expectDoneAsPermitted, oneMemberPerRole } from "#tests/permissions.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { createService } from "./services.fixtures.ts";

type ServiceAction = keyof typeof servicePolicy;
const ACTIONS = Object.keys(servicePolicy) as ServiceAction[];

const request = (service: Service, action: ServiceAction): InjectOptions =>
  action === "delete"
    ? { method: "DELETE", url: `/api/v1/services/${service.id}` }
    : { method: "PATCH", url: `/api/v1/services/${service.id}`, payload: { version: service.version, summary: "A changed summary." } };

/** For every role, on a service they own and on one they do not: `permissions` (in the list and on the record) is what the server does. */
describe("service permissions say what the server does", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let actors: Record<Role, TestMember>;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    actors = await oneMemberPerRole(t.database.db, ws.id);
  });

  for (const role of ROLES) {
    for (const own of [true, false]) {
      it(`${role}, on ${own ? "a service they own" : "someone else's service"}`, async () => {
        const actor = actors[role];
        for (const action of ACTIONS) {
          const service = await createService(t.app, ws.members.pmo, { ownerId: own ? actor.id : ws.members.pmo.id });
          const seen = await as(t.app, actor)({ method: "GET", url: `/api/v1/services/${service.id}` });
          expect(seen.statusCode).toBe(200);
          const permissions = seen.json<Service>().permissions;
          const list = await as(t.app, actor)({ method: "GET", url: "/api/v1/services?limit=200" });
          const row = list.json<Page<ServiceSummary>>().items.find((item) => item.id === service.id);
          expect(row?.permissions).toEqual(permissions);
          const response = await as(t.app, actor)(request(service, action));
          const done = expectDoneAsPermitted(response, permissions[action], `${role} ${action}`);
          if (!done) expect(response.statusCode).toBe(403);
        }
      });
    }
  }
});
