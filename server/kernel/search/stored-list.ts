/**
 * Tags and service ids are stored as one text column: each value between unit
 * separators (`\u001fa\u001fb\u001f`). A filter then looks for
 * `\u001fvalue\u001f` as a substring, which matches one whole value exactly on
 * both databases, with no LIKE wildcards to escape. Contracts refuse control
 * characters, so a real value never holds the separator.
 */
const SEPARATOR = "\u001f";

export function toStoredList(values: readonly string[]): string {
  const kept = values.filter((value) => value !== "");
  for (const value of kept) {
    if (value.includes(SEPARATOR)) throw new Error("A search document's tag or service id contains U+001F.");
  }
  return kept.length === 0 ? "" : `${SEPARATOR}${kept.join(SEPARATOR)}${SEPARATOR}`;
}

export function fromStoredList(stored: string): string[] {
  return stored.split(SEPARATOR).filter((value) => value !== "");
}

/** The substring that marks `value` in a stored list; null for a value no list can hold. */
export function storedListProbe(value: string): string | null {
  return value === "" || value.includes(SEPARATOR) ? null : `${SEPARATOR}${value}${SEPARATOR}`;
}
