import { parseArgs } from "node:util";
import type { z } from "zod";
import { databaseKind, readEnv, type Env } from "#server/env.ts";
import { migrateToLatest, openDatabase, type DatabaseHandle } from "#server/kernel/db/database.ts";

/** A mistake in how the command was called: exit code 2, with a pointer to the usage. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** An expected failure that is not an AppError (no terminal, file exists, …): one line, exit code 1. */
export class CliError extends Error {
  override name = "CliError";
}

/**
 * What a command works with. Only what a script may capture goes to stdout
 * (`out`); every message for people goes to stderr (`say`), so
 * `TOKEN=$(npm run -s tandem -- token create …)` gets the token alone.
 */
export class Runtime {
  readonly env: Env;
  private handle: DatabaseHandle | null = null;

  constructor(source: NodeJS.ProcessEnv) {
    try {
      this.env = readEnv(source);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
  }

  get databaseKind() {
    return databaseKind(this.env);
  }

  out(line: string): void {
    process.stdout.write(`${line}\n`);
  }

  say(line: string): void {
    process.stderr.write(`${line}\n`);
  }

  /** The database Tandem uses, opened but not migrated. */
  connect(): DatabaseHandle {
    this.handle ??= openDatabase({ databaseUrl: this.env.DATABASE_URL, dataDir: this.env.DATA_DIR, poolSize: 2 });
    return this.handle;
  }

  /** The database Tandem uses, migrated to the latest schema as the server would at start. */
  async database(): Promise<DatabaseHandle> {
    const handle = this.connect();
    await migrateToLatest(handle.db);
    return handle;
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}

/** Reads `--flag value` options; unknown, repeated-as-positional or missing flags are usage errors. */
export function readFlags<R extends string, O extends string = never>(
  command: string,
  args: string[],
  required: readonly R[],
  optional: readonly O[] = [],
): Record<R, string> & Partial<Record<O, string>> {
  const names: string[] = [...required, ...optional];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const name of required) {
    if (typeof values[name] !== "string" || values[name] === "") throw new UsageError(`${command}: --${name} is required.`);
  }
  return values as Record<R, string> & Partial<Record<O, string>>;
}

/** Parses one flag's value with the same zod schema the API uses for that field. */
export function parseFlag<T extends z.ZodType>(schema: T, value: string, flag: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--${flag}: ${parsed.error.issues[0]?.message ?? "Invalid value."}`);
  return parsed.data;
}
