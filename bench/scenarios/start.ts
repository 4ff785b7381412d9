import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatNumber } from "../measure.ts";

/** A restart with nothing changed must serve within this (issue: "starts in ≤ 3 s without building"). */
export const RESTART_TARGET_MS = 3_000;
const ROOT = path.resolve(import.meta.dirname, "../..");
const READY_LINE = "Tandem is running at";

interface Started {
  ms: number;
  output: string;
}

/** Runs a command until it prints the ready line, then stops it with SIGTERM; answers how long it took and what it printed. */
async function timeToReady(command: string, args: string[], env: Record<string, string>): Promise<Started> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
  let output = "";
  const ms = await new Promise<number>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) resolve(performance.now() - started);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} ended (${code}) before it was ready:\n${output}`)));
  });
  await new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
  // Stopping `npm start` must stop the server itself, not leave it running without its parent.
  const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
  if (url && (await fetch(`${url}/api/health`).then(() => true, () => false))) {
    throw new Error(`${command} ${args.join(" ")} was stopped, but the server still answers at ${url}`);
  }
  return { ms, output };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Start-up: a full `npm run build`, then `npm start` restarting with nothing
 * changed (it must not build), against the baseline of `npm start`-ing a bare
 * Node HTTP server — the same npm and Node start-up with none of Tandem's work.
 */
export async function benchStart(runs: number): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-bench-start-"));
  const env = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", TANDEM_DEMO: "false" };
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  try {
    const buildStarted = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(npm, ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
      child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code})`))));
    });
    const buildMs = performance.now() - buildStarted;
    // The first start migrates the empty database; restarts find it migrated, as in production.
    await timeToReady(npm, ["start"], env);

    const restarts: number[] = [];
    const bare: number[] = [];
    const bareServer = `require("node:http").createServer((q, s) => s.end("ok")).listen(0, () => console.log("${READY_LINE} a bare server"))`;
    for (let run = 0; run < runs; run++) {
      const restart = await timeToReady(npm, ["start"], env);
      if (/Building the/.test(restart.output)) throw new Error(`npm start built again although nothing changed:\n${restart.output}`);
      restarts.push(restart.ms);
      bare.push((await timeToReady(npm, ["exec", "--offline", "--", "node", "-e", bareServer], env)).ms);
    }
    const restartMs = median(restarts);
    const bareMs = median(bare);
    const verdict = restartMs <= RESTART_TARGET_MS ? "PASS" : "OVER TARGET";
    console.log(
      [
        "",
        `start-up, median of ${runs}                         ms`,
        `npm run build (server and web app)      ${formatNumber(buildMs).padStart(8)}`,
        `npm start, nothing changed (Tandem)     ${formatNumber(restartMs).padStart(8)}`,
        `npm start of a bare HTTP server         ${formatNumber(bareMs).padStart(8)}`,
        "",
        `Tandem/bare start time  ${formatNumber(restartMs / bareMs, 2)}×  (restart target ≤ ${formatNumber(RESTART_TARGET_MS)} ms: ${verdict})`,
      ].join("\n"),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
