import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses other than 2xx, connection errors and timeouts. */
  failures: number;
  failureKinds: { non2xx: number; errors: number; timeouts: number };
}

const AUTOCANNON = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
const running = new Set<ReturnType<typeof spawn>>();

/**
 * autocannon in its own process: in this one it would share the event loop
 * with the server it measures. With `paths`, every connection cycles through
 * them in order (autocannon reads them from a HAR file), so one run can mix
 * requests, e.g. different search words.
 */
export function load(
  url: string,
  options: { seconds: number; connections: number; headers?: Record<string, string>; paths?: readonly string[] },
): Promise<LoadResult> {
  const headerArgs = Object.entries(options.headers ?? {}).flatMap(([key, value]) => ["-H", `${key}=${value}`]);
  const har = options.paths ? writeHar(url, options.paths) : null;
  const harArgs = har ? ["--har", har.file] : [];
  const args = [AUTOCANNON, "-c", String(options.connections), "-d", String(options.seconds), "-j", "-n", ...headerArgs, ...harArgs, url];
  return run(args).finally(() => har?.remove());
}

function writeHar(url: string, paths: readonly string[]): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-load-"));
  const file = path.join(dir, "requests.har");
  const { origin } = new URL(url);
  const entries = paths.map((requestPath) => ({ request: { method: "GET", url: origin + requestPath, headers: [] } }));
  fs.writeFileSync(file, JSON.stringify({ log: { entries } }));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function run(args: string[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      running.delete(child);
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.trim()}`));
      try {
        const result = JSON.parse(stdout) as {
          requests: { average: number };
          latency: { p50: number; p99: number };
          non2xx: number;
          errors: number;
          timeouts: number;
        };
        resolve({
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          failures: result.non2xx + result.errors + result.timeouts,
          failureKinds: { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
        });
      } catch (error) {
        reject(new Error(`autocannon printed no result: ${String(error)}\n${stderr}`));
      }
    });
  });
}

/** Stops a load that is still running (the run was interrupted). */
export function stopLoads(): void {
  for (const child of running) child.kill();
}
