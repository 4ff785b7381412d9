import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster from the machine's own binaries, for tests
 * and benchmarks. PostgreSQL refuses to run as root, so as root the cluster
 * runs as the `postgres` OS user.
 */
export interface Cluster {
  url: string;
  stop(): void;
}

const CANDIDATE_BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

export function findPostgresBinaries(): string | null {
  const fromEnv = process.env.POSTGRES_BIN_DIR;
  const dirs = fromEnv ? [fromEnv, ...CANDIDATE_BIN_DIRS] : CANDIDATE_BIN_DIRS;
  return dirs.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startCluster(binDir: string): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  // Keep the folder short: the socket path must stay under 107 characters.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tpg-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const run = (bin: string, args: string[]) => {
    const command = asRoot ? "runuser" : path.join(binDir, bin);
    const fullArgs = asRoot ? ["-u", "postgres", "--", path.join(binDir, bin), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${bin} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run("initdb", ["-D", dir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run("pg_ctl", ["-D", dir, "-w", "-l", path.join(dir, "server.log"), "start", "-o", options]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", dir, "-m", "immediate", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
