const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const thisYearWithSeconds = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" });
const withSeconds = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

/** For logs of things seconds apart (jobs, deliveries): the seconds, and the year only when it is not this one. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (date.getFullYear() === new Date().getFullYear() ? thisYearWithSeconds : withSeconds).format(date);
}

/** "6–16 weeks", "4 weeks", "1 week". */
export function formatRange(min: number, max: number, unit: string, units = `${unit}s`): string {
  const label = (n: number) => n.toLocaleString("en");
  if (min === max) return `${label(min)} ${min === 1 ? unit : units}`;
  return `${label(min)}–${label(max)} ${units}`;
}

/** A slug proposed from a name: "Acme Consulting GmbH" → "acme-consulting-gmbh". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
