import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("invitation e-mails", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-invitations-"));
  const t = useTestApp({ DATA_DIR: dataDir, PUBLIC_URL: "https://tandem.example.com" });
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db, { name: `Acme <i>&</i> Co` });
  });

  it("e-mails the invitee the accept link as soon as the invitation is created, and queues no job holding it", async () => {
    const created = await as(t.app, ws.members.admin)({
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: "invitee@example.com", roles: ["rep"] },
    });
    expect(created.statusCode).toBe(201);
    const { acceptUrl } = created.json() as { acceptUrl: string };

    const outbox = path.join(dataDir, "outbox");
    const files = fs.readdirSync(outbox);
    expect(files).toHaveLength(1);
    const mail = await simpleParser(fs.readFileSync(path.join(outbox, files[0]!)));
    expect([mail.to].flat()[0]?.text).toBe("invitee@example.com");
    expect(mail.subject).toBe(`${ws.members.admin.name} invited you to Acme <i>&</i> Co on Tandem`);
    expect(mail.text).toContain(`Accept the invitation: ${acceptUrl}`);
    expect(mail.text).toContain("Sales rep");
    expect(mail.html).toContain("Acme &lt;i&gt;&amp;&lt;/i&gt; Co");
    expect(mail.html).toContain(`href="${acceptUrl}"`);

    const token = decodeURIComponent(acceptUrl.split("/invite/")[1]!);
    const payloads = await t.database.db.selectFrom("jobs").select("payload").execute();
    for (const { payload } of payloads) expect(payload).not.toContain(token);
  });
});
