// ESLint flat config: typescript-eslint, react-hooks, jsx-a11y, and the import arrows of
// DESIGN.md §3 (src/domain depends on nothing; app and server never import each other; server/db
// imports no feature).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import importPlugin from "eslint-plugin-import";
import globals from "globals";

const frameworkPackages = [
  "react",
  "react-dom",
  "react-admin",
  "@mui/*",
  "@emotion/*",
  "fastify",
  "@fastify/*",
  "drizzle-orm",
  "drizzle-orm/*",
  "pg",
  "@electric-sql/*",
  "msw",
  "msw/*",
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "public/mockServiceWorker.js",
      "coverage",
      "test-results",
      "playwright-report",
      "data",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin },
    settings: {
      "import/resolver": {
        node: { extensions: [".js", ".ts", ".tsx", ".json"] },
      },
      "import/ignore": ["node_modules"],
      "import/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports" },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/domain",
              from: "./src",
              except: ["./domain"],
              message:
                "src/domain is framework-free: it may not import the app.",
            },
            {
              target: "./src/domain",
              from: "./server",
              message: "src/domain may not import the server.",
            },
            {
              target: "./src",
              from: "./demo",
              message:
                "The app may not import the demo dataset: it reads data from the API.",
            },
            {
              target: "./src",
              from: "./test",
              message: "The app may not import tests.",
            },
            {
              target: "./src",
              from: "./server",
              message: "The app may not import server code: talk to the API.",
            },
            {
              target: "./server",
              from: "./src",
              except: ["./domain"],
              message:
                "The server may only import src/domain, never the app's UI.",
            },
            {
              // The database layer (connection, schema, migrations, SQL helpers) serves every
              // feature and knows none: not a feature folder, not the HTTP layer, not the app.
              target: "./server/db",
              from: "./server",
              except: ["./db"],
              message:
                "server/db may not import a server feature or the HTTP layer: move what it needs into server/db.",
            },
            {
              target: "./demo",
              from: "./server",
              message: "The demo dataset may not import the server.",
            },
            {
              target: "./demo",
              from: "./src",
              except: ["./domain"],
              message: "The demo dataset may only import src/domain.",
            },
            {
              // Every server file but those in server/seed.
              target: ["./server/*.ts", "./server/!(seed)/**"],
              from: "./demo",
              message:
                "Only demo seeding (server/seed) may import the demo dataset.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: frameworkPackages,
              message: "src/domain is framework-free TypeScript.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.tsx", "src/**/*.ts", "test/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
    },
  },
  {
    // Only server/config.ts reads the environment; everything else receives validated config.
    files: ["server/**/*.ts"],
    ignores: ["server/config.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read settings from server/config.ts.",
        },
      ],
    },
  },
);
