import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The SPA lives in web/; the API serves the build from dist/web. The
// package.json "imports" aliases (#web/*, #shared/*) resolve natively.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
