import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** What it printed on stdout and stderr until it said it was running. */
  output: string;
  baseUrl: string;
  dataDir: string;
  /** Sends the signal and answers the exit code once the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the real server (server/main.ts) on an empty SQLite database in a folder of its own, on a free port. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-start-"));
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", WORKER_ENABLED: "false", ...env },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output = await new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("API reference") && /Demo workspace|No demo workspace/.test(text)) resolve(text);
    });
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    void exited.then((code) => reject(new Error(`the server ended (${code}) before starting: ${text}`)));
  });
  const baseUrl = /running at (http:\/\/\S+)/.exec(output)?.[1] ?? "";
  return {
    child,
    output,
    baseUrl,
    dataDir,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
