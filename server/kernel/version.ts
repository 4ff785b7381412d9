import { readFileSync } from "node:fs";
import path from "node:path";
import { APP_ROOT } from "./app-root.ts";

const pkg = JSON.parse(readFileSync(path.join(APP_ROOT, "package.json"), "utf8")) as { version: string };

export const TANDEM_VERSION: string = pkg.version;
