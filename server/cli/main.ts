import { AppError } from "#server/kernel/errors.ts";
import { backup } from "./backup.ts";
import { createAdmin } from "./create-admin.ts";
import { migrate } from "./migrate.ts";
import { CliError, Runtime, UsageError } from "./runtime.ts";
import { seedDemoCommand } from "./seed-demo.ts";
import { createToken } from "./token-create.ts";
import { USAGE } from "./usage.ts";
import { worker } from "./worker.ts";

type Command = (args: string[], cli: Runtime) => Promise<number | void>;

const COMMANDS: Record<string, Command> = {
  migrate,
  "seed-demo": seedDemoCommand,
  "create-admin": createAdmin,
  token: async (args, cli) => {
    const [sub, ...rest] = args;
    if (sub !== "create") throw new UsageError(sub ? `Unknown command "token ${sub}".` : `"token" needs a subcommand: token create.`);
    return createToken(rest, cli);
  },
  backup,
  worker,
};

/** Errors a person can act on get one line; anything else is a bug and keeps its stack. */
function describe(error: unknown): { message: string; code: number } {
  if (error instanceof UsageError) return { message: `${error.message}\nRun "npm run tandem -- help" for the commands.`, code: 2 };
  if (error instanceof AppError || error instanceof CliError) return { message: `Error: ${error.message}`, code: 1 };
  // Driver and system errors (ECONNREFUSED, SQLITE_BUSY, a PostgreSQL code) are about the setup, not the code.
  const systemCode = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof systemCode === "string") {
    return { message: `Error: ${error.message} (${systemCode})`, code: 1 };
  }
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error), code: 1 };
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || ["help", "--help", "-h"].includes(name)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let cli: Runtime | null = null;
  try {
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`Unknown command "${name}".`);
    cli = new Runtime(process.env);
    return (await command(args, cli)) ?? 0;
  } catch (error) {
    const { message, code } = describe(error);
    process.stderr.write(`${message}\n`);
    return code;
  } finally {
    await cli?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
