import { Writable } from "node:stream";
import readline from "node:readline/promises";
import { PasswordSchema } from "#shared/contracts/auth.ts";
import { CliError, UsageError } from "./runtime.ts";

/**
 * The password for a new person: TANDEM_PASSWORD when set (scripts, CI),
 * else asked twice on the terminal without echoing it. Without a terminal
 * there is no one to ask, so the command refuses rather than hang.
 */
export async function newPassword(source: NodeJS.ProcessEnv, email: string): Promise<string> {
  const fromEnv = source.TANDEM_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return checked(fromEnv, "TANDEM_PASSWORD");
  if (!process.stdin.isTTY) {
    throw new CliError(`${email} is new and needs a password: set TANDEM_PASSWORD, or run the command in a terminal to type it.`);
  }
  const first = checked(await askHidden(`Password for ${email} (at least 10 characters): `), "The password");
  const again = await askHidden("The same password again: ");
  if (again !== first) throw new CliError("The two passwords differ; nothing was changed.");
  return first;
}

function checked(password: string, what: string): string {
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) throw new UsageError(`${what}: ${parsed.error.issues[0]?.message ?? "Invalid."}`);
  return parsed.data;
}

async function askHidden(question: string): Promise<string> {
  let muted = false;
  // Everything readline echoes goes through here; while muted, the keystrokes are dropped.
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  const cancel = new AbortController();
  rl.on("SIGINT", () => cancel.abort());
  try {
    process.stderr.write(question);
    muted = true;
    return await rl.question("", { signal: cancel.signal });
  } catch (error) {
    if (cancel.signal.aborted) throw new CliError("Cancelled; nothing was changed.");
    throw error;
  } finally {
    muted = false;
    process.stderr.write("\n");
    rl.close();
  }
}
