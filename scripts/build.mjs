// Builds the release folder dist/: the server bundled to plain JavaScript
// (dist/server/main.js, dist/server/cli/main.js) and the web app
// (dist/web, hashed assets with brotli and gzip copies beside them).
// Each part records a hash of its sources, so `npm start` rebuilds only a part
// whose sources changed. Usage: node scripts/build.mjs [--if-stale] [server|web]
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, "dist");
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const SHARED_INPUTS = ["shared", "package.json", "package-lock.json", "scripts/build.mjs"];

const PARTS = {
  server: { inputs: ["server", ...SHARED_INPUTS], build: buildServer },
  web: { inputs: ["web", "vite.config.ts", ...SHARED_INPUTS], build: buildWeb },
};

/** A hash of every source file of a part; tests do not go into a release, so they do not count. */
function sourceHash(inputs) {
  const hash = createHash("sha256");
  const files = inputs.flatMap((input) => {
    const full = path.join(ROOT, input);
    if (!fs.existsSync(full)) return [];
    if (fs.statSync(full).isFile()) return [input];
    return fs
      .readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath ?? entry.path, entry.name)));
  });
  for (const file of files.sort()) hash.update(`${file}\0`).update(fs.readFileSync(path.join(ROOT, file))).update("\0");
  return hash.digest("hex");
}

const stampFile = (part) => path.join(DIST, `${part}.build-hash`);
const isFresh = (part, hash) => fs.existsSync(stampFile(part)) && fs.readFileSync(stampFile(part), "utf8") === hash;

async function buildServer() {
  const esbuild = await importBuildTool("esbuild");
  fs.rmSync(path.join(DIST, "server"), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ["server/main.ts", "server/cli/main.ts"],
    outbase: "server",
    outdir: path.join(DIST, "server"),
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    // Dependencies stay in node_modules (native modules among them); only our own code is bundled.
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

async function buildWeb() {
  const vite = await importBuildTool("vite");
  await vite.build({ configFile: path.join(ROOT, "vite.config.ts"), logLevel: "warn" });
  precompress(path.join(DIST, "web"));
}

/** Brotli and gzip copies of every text asset, made once here so the server never compresses a static file per request. */
function precompress(folder) {
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const content = fs.readFileSync(file);
    if (content.length < 1024) continue;
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }));
  }
}

async function importBuildTool(name) {
  try {
    return await import(name);
  } catch {
    throw new Error(
      `The build needs ${name}, a development dependency, which is not installed (an install with --omit=dev). ` +
        "Build where `npm ci` installed everything, then run the release with `node dist/server/main.js`.",
    );
  }
}

/** Builds the named parts (all by default); with ifStale, only those whose sources changed since their last build. */
export async function build({ parts = Object.keys(PARTS), ifStale = false } = {}) {
  const built = [];
  for (const part of parts) {
    const hash = sourceHash(PARTS[part].inputs);
    if (ifStale && isFresh(part, hash)) continue;
    const started = Date.now();
    // Progress goes to stderr: a command such as `tandem token create` prints only its result on stdout.
    if (ifStale) console.error(`Building the ${part}: its sources changed since the last build…`);
    await PARTS[part].build();
    fs.mkdirSync(DIST, { recursive: true });
    fs.writeFileSync(stampFile(part), hash);
    built.push(`${part} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return built;
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const parts = args.filter((arg) => arg in PARTS);
  try {
    const built = await build({ parts: parts.length > 0 ? parts : undefined, ifStale: args.includes("--if-stale") });
    console.log(built.length > 0 ? `Built ${built.join(", ")} into dist/` : "dist/ is up to date");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
