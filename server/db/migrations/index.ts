import type { Migration } from "kysely";
import * as foundation from "./20261125_0001_foundation.ts";

/** Every migration, by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  "20261125_0001_foundation": foundation,
};
