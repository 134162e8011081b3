import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** In `--mode mock` the page boots through mocks/browser.ts, which starts msw before the app. */
function mockEntry(): Plugin {
  return {
    name: "portsafe-mock-entry",
    transformIndexHtml: (html) =>
      html.replace("/src/main.tsx", "/mocks/browser.ts"),
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === "mock" ? [mockEntry()] : [])],
  server: {
    port: 5173,
    host: "127.0.0.1",
    proxy: mode === "mock" ? undefined : { "/api": "http://127.0.0.1:8080" },
  },
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 1200 },
}));
