// ESLint flat config: typescript-eslint, react-hooks, jsx-a11y, and the import arrows of
// DESIGN.md §3 (src/domain depends on nothing; app and server never import each other).
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
              target: "./src/domain",
              from: "./mocks",
              message: "src/domain may not import the mocks.",
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
              target: "./mocks",
              from: "./server",
              message: "The mocks may not import the server.",
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
    files: ["src/**/*.tsx", "src/**/*.ts", "mocks/**/*.tsx", "test/**/*.tsx"],
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
