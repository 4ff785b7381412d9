// Runs the browser suite with the system Chromium. Without one it says so
// loudly and skips — except under CI=true, where a skipped browser suite
// would make a green run a lie.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  const message = `Chromium not found at ${chromium} (set CHROMIUM_PATH): the browser tests are SKIPPED.`;
  if (process.env.CI === "true") {
    console.error(`\n!!! ${message} Under CI this is a failure.\n`);
    process.exit(1);
  }
  console.warn(`\n!!! ${message}\n`);
  process.exit(0);
}

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ["scripts/build.mjs"]);
run("node_modules/.bin/playwright", ["test", "--config", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)]);
