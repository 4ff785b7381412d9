import type { FastifyInstance } from "fastify";
import { load, type LoadResult } from "./load.ts";
import { urlOf } from "./servers.ts";

export const CONNECTIONS = 50;
export const TARGET_RATIO = 0.6;

/**
 * One server at a time: each path checked once, warmed up, then measured.
 * Several paths are requested in turn by every connection.
 */
export async function measure(
  app: FastifyInstance,
  paths: readonly string[],
  options: { duration: number; headers: Record<string, string>; check: (body: unknown) => string | null; connections?: number },
): Promise<LoadResult> {
  try {
    for (const path of paths) {
      const response = await fetch(urlOf(app, path), { headers: options.headers });
      const problem = response.ok ? options.check(await response.json()) : `status ${response.status}: ${await response.text()}`;
      if (problem) throw new Error(`${path} answered wrongly: ${problem}`);
    }
    const url = urlOf(app, paths[0]!);
    const run = { connections: options.connections ?? CONNECTIONS, headers: options.headers, ...(paths.length > 1 ? { paths } : {}) };
    await load(url, { ...run, seconds: Math.max(1, Math.round(options.duration / 5)) });
    return await load(url, { ...run, seconds: options.duration });
  } finally {
    await app.close();
  }
}

export const formatNumber = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface ReportRow {
  label: string;
  result: LoadResult;
}

/**
 * The table of every measured server, Tandem's throughput against the bare
 * route's (`ratio`), and — for scenarios with one — Tandem's p99 against a
 * latency target.
 */
export function report(
  rows: ReportRow[],
  ratio: { tandem: LoadResult; bare: LoadResult },
  p99Target?: { result: LoadResult; ms: number | null; label: string },
) {
  const number = formatNumber;
  const width = Math.max(30, ...rows.map((row) => row.label.length + 2));
  const lines = [
    "",
    `${"scenario".padEnd(width + 4)}req/s    p50 ms    p99 ms   failed`,
    ...rows.map(({ label, result }) =>
      [
        label.padEnd(width),
        number(result.requestsPerSecond).padStart(9),
        number(result.p50, 1).padStart(10),
        number(result.p99, 1).padStart(10),
        String(result.failures).padStart(9),
      ].join(""),
    ),
    "",
  ];
  const throughput = ratio.tandem.requestsPerSecond / ratio.bare.requestsPerSecond;
  const verdict = (pass: boolean) => (pass ? "PASS" : "BELOW TARGET");
  lines.push(`Tandem/bare throughput  ${number(throughput, 2)}   (target ≥ ${TARGET_RATIO}: ${verdict(throughput >= TARGET_RATIO)})`);
  lines.push(`Tandem/bare p99         ${number(ratio.tandem.p99 / ratio.bare.p99, 2)}×  (lower is better)`);
  if (p99Target) {
    const { result, ms, label } = p99Target;
    const target = ms === null ? "no target on this database" : `target ≤ ${ms} ms: ${verdict(result.p99 <= ms)}`;
    lines.push(`Tandem p99 ${label}  ${number(result.p99, 1)} ms  (${target})`);
  }
  for (const { label, result } of rows) {
    if (result.failures === 0) continue;
    const { non2xx, errors, timeouts } = result.failureKinds;
    lines.push(`WARNING: ${label}: ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts; its figures are not comparable.`);
  }
  console.log(lines.join("\n"));
}
