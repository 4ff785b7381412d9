import type { AddressObject, ParsedMail } from "mailparser";
import sanitizeHtml from "sanitize-html";
import type { OutboxMessagesTable } from "#server/kernel/db/schema.ts";
import type { OutboxMessage, OutboxMessageSummary } from "#shared/contracts/outbox.ts";

/**
 * What may show of a message's HTML part: text formatting, links, lists and
 * tables. No scripts, styles, images, frames or forms, no event handlers, and
 * links only to http(s) and mailto — the reader shows it in a sandboxed frame too.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "center", "font"],
  allowedAttributes: {
    a: ["href", "title"],
    td: ["colspan", "rowspan", "align"],
    th: ["colspan", "rowspan", "align"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }) },
};

const addressList = (field: AddressObject | AddressObject[] | undefined): AddressObject[] =>
  field === undefined ? [] : Array.isArray(field) ? field : [field];

const addressText = (field: AddressObject | AddressObject[] | undefined) =>
  addressList(field)
    .map((list) => list.text)
    .join(", ");

type OutboxRecord = Pick<OutboxMessagesTable, "file_name" | "recipient" | "subject" | "created_at">;

export function presentSummary(record: OutboxRecord): OutboxMessageSummary {
  return { name: record.file_name, date: record.created_at, to: record.recipient, subject: record.subject };
}

export function presentMessage(record: OutboxRecord, mail: ParsedMail): OutboxMessage {
  return {
    ...presentSummary(record),
    from: addressText(mail.from),
    text: mail.text ?? null,
    html: typeof mail.html === "string" ? sanitizeHtml(mail.html, SANITIZE) : null,
  };
}
