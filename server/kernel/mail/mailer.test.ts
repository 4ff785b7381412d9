import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import { renderMail } from "./mail-template.ts";
import { createMailer } from "./mailer.ts";

// The outbox copy's sender is recorded in the database as the file is written.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const hostile = `<script>alert("x")</script> & "Tom's" <img src=x onerror=alert(1)>`;

const content = renderMail({
  subject: `New cheat sheet: ${hostile}`,
  greeting: `Hello ${hostile},`,
  paragraphs: [`Maria published ${hostile}.`],
  action: { label: "Open it", url: "https://tandem.example.com/cheatsheets/1?a=1&b=2" },
  preferencesUrl: "https://tandem.example.com/settings/notifications",
});

describe("e-mail layout", () => {
  it("escapes every user string in the HTML part", () => {
    expect(content.html).not.toContain("<script>");
    expect(content.html).not.toContain("<img");
    expect(content.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Tom's&quot;");
    expect(content.html).toContain('href="https://tandem.example.com/cheatsheets/1?a=1&amp;b=2"');
  });

  it("says the same in plain text, with the links written out", () => {
    expect(content.text).toContain(`Hello ${hostile},`);
    expect(content.text).toContain("Open it: https://tandem.example.com/cheatsheets/1?a=1&b=2");
    expect(content.text).toContain("Change or stop these e-mails: https://tandem.example.com/settings/notifications");
  });

  it("offers no preferences link in mail someone asked for (a reset, an invitation)", () => {
    const asked = renderMail({ subject: "Set a new password", greeting: "Hello,", paragraphs: ["The link works for an hour."] });
    expect(asked.text).toContain("Tandem sent this e-mail because it was asked for with your address.");
    expect(asked.text).not.toContain("notification settings");
    expect(asked.html).not.toContain("Change or stop");
  });

  it("never links to anything but http(s)", () => {
    const risky = renderMail({ ...content, greeting: "Hi", paragraphs: [], action: { label: "Go", url: "javascript:alert(1)" }, preferencesUrl: "data:text/html,x" });
    expect(risky.html).not.toContain("javascript:");
    expect(risky.html).not.toContain("data:text");
  });
});

describe("without SMTP, mail goes to data/outbox as .eml", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-outbox-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("writes a complete message a mail client can open", async () => {
    const mailer = createMailer({ from: "Tandem <tandem@example.com>", dataDir });
    const sent = await mailer.send(
      { ...content, to: "rep@example.com", workspaceId: null, unsubscribeUrl: "https://tandem.example.com/settings/notifications" },
      database.db,
    );
    expect(sent.outboxFile).toMatch(/outbox\/.+\.eml$/);
    const recorded = await database.db.selectFrom("outbox_messages").selectAll().execute();
    expect(recorded).toEqual([
      expect.objectContaining({ workspace_id: null, file_name: path.basename(sent.outboxFile!), recipient: "rep@example.com", subject: content.subject }),
    ]);
    const parsed = await simpleParser(fs.readFileSync(sent.outboxFile!));
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.to && "text" in parsed.to ? parsed.to.text : "").toBe("rep@example.com");
    expect(parsed.text?.trim()).toBe(content.text.trim());
    expect(parsed.html).toContain("&lt;script&gt;");
    expect(JSON.stringify(parsed.headers.get("list"))).toContain("https://tandem.example.com/settings/notifications");
  });
});

describe("with SMTP_URL, mail goes to the SMTP server", () => {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("delivers the message and writes nothing to the outbox", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-smtp-"));
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: "tandem@example.com", dataDir });
    const sent = await mailer.send({ ...content, to: "pm@example.com", workspaceId: null }, database.db);
    mailer.close();
    expect(sent.outboxFile).toBeUndefined();
    expect(fs.existsSync(path.join(dataDir, "outbox"))).toBe(false);
    const parsed = await simpleParser(received.at(-1) ?? "");
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.html).toContain("Open it");
  });
});
