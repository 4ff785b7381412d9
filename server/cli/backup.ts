import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CliError, readFlags, type Runtime } from "./runtime.ts";

/**
 * `tandem backup --to FILE`: a consistent copy of the SQLite database while
 * Tandem keeps running. SQLite's online backup copies page by page and starts
 * over when another connection writes meanwhile, so the copy is one moment's
 * state. PostgreSQL has its own tool for this.
 */
export async function backup(args: string[], cli: Runtime): Promise<number | void> {
  const flags = readFlags("backup", args, ["to"]);
  const target = path.resolve(flags.to);
  if (cli.databaseKind === "postgres") {
    cli.say(
      [
        "Tandem runs on PostgreSQL here: back it up with PostgreSQL's own tool, which also copies a running database consistently:",
        `  pg_dump "$DATABASE_URL" > ${shellQuote(flags.to)}`,
        "(restore into an empty database with: psql \"$DATABASE_URL\" < FILE)",
      ].join("\n"),
    );
    return 2;
  }
  if (fs.existsSync(target)) throw new CliError(`${target} exists; choose a new file name (a backup never overwrites).`);

  const { sqlitePath } = await cli.database();
  if (!sqlitePath) throw new CliError("No SQLite file to back up.");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Written under a temporary name, so FILE only ever appears complete.
  const partial = `${target}.partial`;
  const source = new SQLite(sqlitePath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } catch (error) {
    removeWithSideFiles(partial);
    throw error;
  } finally {
    source.close();
  }

  // The copy comes out in WAL mode like its source; opened again in that mode it
  // would leave empty -wal and -shm files beside the backup. In rollback-journal
  // mode it is one self-contained file (Tandem turns WAL back on when it opens it).
  const copy = new SQLite(partial, { fileMustExist: true });
  let workspaces: number;
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new CliError(`The copy failed its check (${String(check)}); ${target} was not written.`);
    workspaces = (copy.prepare("select count(*) as count from workspaces").get() as { count: number }).count;
  } catch (error) {
    copy.close();
    removeWithSideFiles(partial);
    throw error;
  }
  copy.close();
  fs.renameSync(partial, target);
  const megabytes = (fs.statSync(target).size / 1_048_576).toFixed(1);
  cli.say(`Backed up ${sqlitePath} to ${target} (${megabytes} MB, ${workspaces} workspace(s)).`);
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

const shellQuote = (value: string) => (/^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`);
