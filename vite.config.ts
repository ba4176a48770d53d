/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";

// The entry opens the connection and then imports React and the shell (src/app/start-ui): a dynamic
// import, so the browser would only ask for it once the entry has run. Preloaded, it downloads alongside.
function preloadShell(): Plugin {
  return {
    name: "preload-shell",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === "chunk");
        const shell = chunks.find((c) => c.facadeModuleId?.endsWith("/src/app/start-ui.tsx"));
        if (!shell) return [];
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = [shell.fileName, ...shell.imports].filter((f) => !entries.has(f) && !_html.includes(f));
        return files.map((file) => ({ tag: "link", attrs: { rel: "modulepreload", crossorigin: "", href: `/${file}` }, injectTo: "head" }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadShell()],
  server: { port: 5173, strictPort: true, host: "localhost" },
  preview: { port: 4173, strictPort: true, host: "127.0.0.1" },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
