import { z } from "zod";

// Zod probes for `new Function` to compile fast validators; under Tandem's
// Content-Security-Policy (no eval) the probe is refused and reported as a
// violation. Validating without it is plenty fast for forms. Imported first
// by main.tsx, so it runs before any module parses with a schema.
z.config({ jitless: true });
