import { z } from "zod";

// Zod probes for `new Function` to compile fast validators; under Tandem's
// Content-Security-Policy (no eval) the probe is refused and reported as a
// violation. Validating without it is plenty fast for forms. Imported first
// by main.tsx and bundled with Zod itself (vite.config.ts), so it runs
// before any chunk builds a schema: Zod probes when a schema is made.
z.config({ jitless: true });
