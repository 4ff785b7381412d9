import { stringify } from "csv-stringify/sync";
import { describeRoles } from "#shared/contracts/common.ts";
import { cellOf } from "#shared/contracts/readiness.ts";
import type { ReadinessTable } from "./readiness.service.ts";

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage
 * return first) gets a leading apostrophe: names come from people.
 */
export const neutralized = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The matrix as CSV: a row per member; per service its state, expiry and sheets acknowledged of those linked. */
export function readinessCsv(table: ReadinessTable): string {
  const header = ["Member", "E-mail", "Roles", "Ready for", ...table.services.flatMap((service) => [`${service.name}: state`, `${service.name}: expires on`, `${service.name}: sheets acknowledged`])];
  const rows = table.rows.map((row) => [
    row.member.name,
    row.member.email,
    describeRoles(row.roles),
    `${row.ready} of ${table.services.length}`,
    ...table.services.flatMap((service, index) => {
      const cell = cellOf(row, index);
      return [cell.state.replace("_", " "), cell.expiresOn ?? "", `${cell.sheetsAcknowledged} of ${service.sheets}`];
    }),
  ]);
  return stringify([header, ...rows].map((cells) => cells.map((cell) => neutralized(String(cell)))), { bom: true, record_delimiter: "\r\n" });
}
