import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The SPA lives in web/; the API serves the build from dist/web. The
// package.json "imports" aliases (#web/*, #shared/*) resolve natively.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/ },
            { name: "mantine", test: /node_modules[\\/](@mantine|@floating-ui|react-number-format|react-remove-scroll|react-textarea-autosize|clsx)/ },
            // Zod's configuration travels with Zod, so it is set before any chunk builds a schema (web/zod-config.ts).
            { name: "vendor", test: /node_modules|[\\/]web[\\/]zod-config\.ts$/ },
          ],
        },
      },
    },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
