import type { AddressObject, ParsedMail } from "mailparser";
import sanitizeHtml from "sanitize-html";
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

/** Every recipient's bare address, lowercased (groups flattened). */
export function recipientsOf(mail: Pick<ParsedMail, "to">): string[] {
  const addresses: string[] = [];
  const walk = (entries: AddressObject["value"]) => {
    for (const entry of entries) {
      if (entry.address) addresses.push(entry.address.trim().toLowerCase());
      if (entry.group) walk(entry.group);
    }
  };
  for (const list of addressList(mail.to)) walk(list.value);
  return addresses;
}

const addressText = (field: AddressObject | AddressObject[] | undefined) =>
  addressList(field)
    .map((list) => list.text)
    .join(", ");

export function presentSummary(name: string, mail: ParsedMail, fileTime: Date): OutboxMessageSummary {
  return {
    name,
    date: (mail.date ?? fileTime).toISOString(),
    to: addressText(mail.to),
    subject: mail.subject ?? "",
  };
}

export function presentMessage(name: string, mail: ParsedMail, fileTime: Date): OutboxMessage {
  return {
    ...presentSummary(name, mail, fileTime),
    from: addressText(mail.from),
    text: mail.text ?? null,
    html: typeof mail.html === "string" ? sanitizeHtml(mail.html, SANITIZE) : null,
  };
}
