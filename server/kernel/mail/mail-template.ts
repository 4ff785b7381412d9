import MarkdownIt from "markdown-it";

const { escapeHtml } = new MarkdownIt().utils;

/**
 * One e-mail layout for every kind of message. Every string a person typed
 * (names, titles) is escaped in the HTML part; the plain-text part carries
 * the same words, so mail clients that show only text lose nothing.
 */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /**
   * Where the recipient chooses what Tandem sends them, or unsubscribes.
   * None for mail sent because someone asked for it (a password reset, an
   * invitation): there is nothing to turn off, and the reader may have no sign-in.
   */
  preferencesUrl?: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : "#");

export function renderMail(content: MailContent): RenderedMail {
  const footer = content.preferencesUrl
    ? "You get this e-mail because of your Tandem notification settings."
    : "Tandem sent this e-mail because it was asked for with your address.";
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ""] : []),
    "--",
    footer,
    ...(content.preferencesUrl ? [`Change or stop these e-mails: ${content.preferencesUrl}`] : []),
  ].join("\n");

  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(safeUrl(content.action.url))}" style="background:#1c7ed6;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
    : "";
  const html = [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#212529">',
    paragraph(content.greeting),
    ...content.paragraphs.map(paragraph),
    action,
    `<hr style="border:none;border-top:1px solid #dee2e6;margin:24px 0">`,
    `<p style="font-size:12px;color:#868e96">${escapeHtml(footer)}${content.preferencesUrl ? ` <a href="${escapeHtml(safeUrl(content.preferencesUrl))}">Change or stop these e-mails</a>.` : ""}</p>`,
    "</body></html>",
  ].join("\n");

  return { subject: content.subject, text, html };
}
