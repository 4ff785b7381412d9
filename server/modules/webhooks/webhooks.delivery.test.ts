import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Checks the signature the way a receiver following the README would (not with Tandem's code). */
function signatureValid(secret: string, header: string, body: string): boolean {
  const { t, v1 } = Object.fromEntries(header.split(",").map((part) => part.split("="))) as { t: string; v1: string };
  return createHmac("sha256", secret).update(`${t}.${body}`).digest("hex") === v1;
}

describe("webhook deliveries", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  const received: Received[] = [];
  const answers: number[] = [];
  const receiver = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answers.shift() ?? 200).end("ok");
    });
  });
  let receiverUrl = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tandem`;
    ws = await buildWorkspace(t.database.db);
    await admin()({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, allowPrivateWebhookTargets: true } });
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const admin = () => as(t.app, ws.members.admin);
  // Retries are due at once here, so one drain runs an attempt and its retry.
  const runJobs = () => new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();

  it("delivers a subscribed event, signed; a failure is logged and retried", async () => {
    const webhook = (await admin()({ method: "POST", url: "/api/v1/webhooks", payload: { url: receiverUrl, eventTypes: ["service.updated"] } })).json();
    const service = (await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: { name: "Cloud migration", durationMinWeeks: 6, durationMaxWeeks: 16, leadTimeWeeks: 4 },
    })).json();
    await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/services/${service.id}`, payload: { version: 1, leadTimeWeeks: 5 } });
    answers.push(500);
    await runJobs();

    // service.created is not subscribed; service.updated failed once, then arrived.
    expect(received).toHaveLength(2);
    const [failed, delivered] = received as [Received, Received];
    expect(delivered.headers["tandem-event"]).toBe("service.updated");
    expect(delivered.headers["tandem-delivery"]).toBe(failed.headers["tandem-delivery"]);
    expect(signatureValid(webhook.secret, String(delivered.headers["tandem-signature"]), delivered.body)).toBe(true);
    const body = JSON.parse(delivered.body);
    expect(body).toMatchObject({
      type: "service.updated",
      workspaceId: ws.id,
      data: { service: { id: service.id, leadTimeWeeks: 5 }, previous: { leadTimeWeeks: 4 } },
    });

    const log = (await admin()({ method: "GET", url: `/api/v1/webhooks/${webhook.id}/deliveries` })).json();
    expect(log.items.map((d: { attempt: number; status: string; responseStatus: number }) => [d.attempt, d.status, d.responseStatus])).toEqual([
      [2, "succeeded", 200],
      [1, "failed", 500],
    ]);

    const again = await admin()({ method: "POST", url: `/api/v1/webhooks/${webhook.id}/deliveries/${log.items[1].id}/redeliver` });
    expect(again.statusCode).toBe(202);
    await runJobs();
    expect(received).toHaveLength(3);
    expect(received[2]!.headers["tandem-delivery"]).not.toBe(delivered.headers["tandem-delivery"]);
    expect(JSON.parse(received[2]!.body).id).toBe(body.id);
  });

  it("sends nothing to a paused webhook, and refuses a private target once the workspace stops allowing it", async () => {
    const paused = (await admin()({ method: "POST", url: "/api/v1/webhooks", payload: { url: receiverUrl, eventTypes: ["*"], active: false } })).json();
    const guarded = (await admin()({ method: "POST", url: "/api/v1/webhooks", payload: { url: receiverUrl, eventTypes: ["*"] } })).json();
    const settings = (await admin()({ method: "GET", url: "/api/v1/settings" })).json();
    await admin()({ method: "PATCH", url: "/api/v1/settings", payload: { version: settings.version, allowPrivateWebhookTargets: false } });
    const before = received.length;

    await admin()({ method: "POST", url: "/api/v1/invitations", payload: { email: "someone@example.com", roles: ["rep"] } });
    await new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 3_600_000, pollMs: 5 }).drain();

    expect(received.length).toBe(before);
    const pausedLog = (await admin()({ method: "GET", url: `/api/v1/webhooks/${paused.id}/deliveries` })).json();
    expect(pausedLog.items).toEqual([]);
    const guardedLog = (await admin()({ method: "GET", url: `/api/v1/webhooks/${guarded.id}/deliveries` })).json();
    expect(guardedLog.items[0]).toMatchObject({ eventType: "invitation.created", status: "failed", responseStatus: null });
    expect(guardedLog.items[0].responseExcerpt).toMatch(/not a public address/);
  });
});
