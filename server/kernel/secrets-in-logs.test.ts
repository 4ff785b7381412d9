import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { as, buildWorkspace } from "#tests/factories.ts";
import { CookieClient } from "#tests/session.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

/**
 * Every secret a run of the API creates — invitation, reset, session, API
 * token, webhook secret, credentials in a URL — is looked for in every log
 * line the run wrote (at trace level), and in the job, event, delivery and
 * audit records it left.
 */
describe("no secret in logs, errors, jobs or audit entries", () => {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-secrets-"));
  const t = useTestApp({ LOG_LEVEL: "trace", DATA_DIR: dataDir }, { logStream });

  const outboxLink = async (pattern: RegExp): Promise<string> => {
    const dir = path.join(dataDir, "outbox");
    for (let attempt = 0; attempt < 100; attempt++) {
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
        const mail = await simpleParser(fs.readFileSync(path.join(dir, name)));
        const match = pattern.exec(mail.text ?? "");
        if (match) return match[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no e-mail with ${pattern}`);
  };

  it("redacts them everywhere", async () => {
    const ws = await buildWorkspace(t.database.db);
    const admin = as(t.app, ws.members.admin);
    const secrets: string[] = [ws.members.admin.token];

    const invited = await admin({ method: "POST", url: "/api/v1/invitations", payload: { email: "new.person@test.example", roles: ["rep"] } });
    expect(invited.statusCode, invited.body).toBe(201);
    const invitation = invited.json<{ token: string }>().token;
    secrets.push(invitation);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invitations/accept/${invitation}?again=${invitation}` })).statusCode).toBe(200);
    const newcomer = new CookieClient(t.app);
    const accepted = await newcomer.request({
      method: "POST",
      url: `/api/v1/invitations/accept/${invitation}`,
      payload: { name: "New Person", password: "a long enough password" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    secrets.push(newcomer.cookie.replace("tandem_session=", ""));
    // A used link: an error response about a URL that holds the token.
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invitations/accept/${invitation}`, payload: { password: "a long enough password" } })).statusCode).toBe(410);

    const token = await newcomer.request({ method: "POST", url: "/api/v1/tokens", payload: { name: "ci" } });
    expect(token.statusCode, token.body).toBe(201);
    const apiToken = token.json<{ token: string }>().token;
    secrets.push(apiToken);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/session", headers: { authorization: `Bearer ${apiToken}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/nowhere/${apiToken}?token=${apiToken}` })).statusCode).toBe(404);

    const webhook = await admin({ method: "POST", url: "/api/v1/webhooks", payload: { url: "https://crm.example.com/hooks/tandem", eventTypes: ["*"] } });
    expect(webhook.statusCode, webhook.body).toBe(201);
    secrets.push(webhook.json<{ secret: string }>().secret);
    const rotated = await admin({ method: "POST", url: `/api/v1/webhooks/${webhook.json<{ id: string }>().id}/secret` });
    secrets.push(rotated.json<{ secret: string }>().secret);
    const withCredentials = await admin({ method: "POST", url: "/api/v1/webhooks", payload: { url: "https://hookuser:hookpassword@crm.example.com/x", eventTypes: ["*"] } });
    expect(withCredentials.statusCode).toBe(400);
    secrets.push("hookpassword");

    expect((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email: "new.person@test.example" } })).statusCode).toBe(202);
    const reset = await outboxLink(/rst_[A-Za-z0-9_-]+/);
    secrets.push(reset);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/password-reset/${reset}` })).statusCode).toBe(200);
    const done = await t.app.inject({ method: "POST", url: `/api/v1/password-reset/${reset}`, payload: { password: "another long password" } });
    expect(done.statusCode, done.body).toBe(204);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/password-reset/${reset}`, payload: { password: "another long password" } })).statusCode).toBe(410);

    const signedIn = new CookieClient(t.app);
    expect((await signedIn.signIn("new.person@test.example", "another long password")).statusCode).toBe(200);
    secrets.push(signedIn.cookie.replace("tandem_session=", ""));
    expect((await signedIn.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);

    const log = lines.join("");
    // The log did record these requests — with the secrets taken out.
    expect(log).toContain("/api/v1/invitations/accept/inv_[redacted]");
    expect(log).toContain("/api/v1/password-reset/rst_[redacted]");
    const records = await Promise.all([
      t.database.db.selectFrom("jobs").selectAll().execute(),
      t.database.db.selectFrom("events").selectAll().execute(),
      t.database.db.selectFrom("webhook_deliveries").selectAll().execute(),
      t.database.db.selectFrom("audit_entries").selectAll().execute(),
    ]);
    const stored = JSON.stringify(records);
    expect(stored).toContain("webhook");
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log.includes(secret), `log holds ${secret.slice(0, 6)}…`).toBe(false);
      expect(stored.includes(secret), `records hold ${secret.slice(0, 6)}…`).toBe(false);
    }
  });
});
