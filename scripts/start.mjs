// `npm start` and `npm run tandem`: build the parts of dist/ whose sources
// changed (nothing, on a restart), then run the release in this same process,
// so that a signal sent to `npm start` reaches the server itself.
// Usage: node scripts/start.mjs            — the server
//        node scripts/start.mjs cli ARGS   — the `tandem` command
import { build } from "./build.mjs";

const cli = process.argv[2] === "cli";
if (cli) process.argv.splice(2, 1);

try {
  await build({ parts: cli ? ["server"] : ["server", "web"], ifStale: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(cli ? "../dist/server/cli/main.js" : "../dist/server/main.js");
