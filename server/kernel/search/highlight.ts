/**
 * The databases mark matched words with these sentinels; after HTML-escaping
 * the whole text, the sentinels become <mark> tags. Indexed text never
 * contains them (see cleanIndexedText), so every sentinel in a result is one
 * the database put there.
 */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
/**
 * PostgreSQL's headline drops anything that looks like an HTML tag; the
 * search query swaps `<` for this private-use character before, and back after.
 */
export const LESS_THAN_STAND_IN = "\ue000";

export function cleanIndexedText(text: string): string {
  return [MARK_START, MARK_END, LESS_THAN_STAND_IN].reduce((clean, reserved) => clean.replaceAll(reserved, " "), text.normalize("NFC"));
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Escaped text with <mark>…</mark> around the words the database marked; tags always balanced. */
export function markedToHtml(marked: string): string {
  let open = false;
  let html = "";
  // eslint-disable-next-line no-control-regex -- the sentinels are control characters on purpose
  for (const part of escapeHtml(marked).split(/([\u0002\u0003])/)) {
    if (part === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += part;
    }
  }
  return open ? `${html}</mark>` : html;
}
