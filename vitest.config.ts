import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["test/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "server",
          environment: "node",
          include: ["test/server/**/*.test.ts"],
          globalSetup: ["test/server/globalSetup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: "components",
          environment: "jsdom",
          include: ["test/components/**/*.test.tsx"],
          setupFiles: ["test/components/setup.ts"],
          globalSetup: ["test/server/globalSetup.ts"],
          testTimeout: 20_000,
          // Each test starts the API on a fresh copy of the seeded database.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
