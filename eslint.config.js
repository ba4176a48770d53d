// @ts-check
// `npm run lint`. Besides the usual TypeScript and hooks checks, this file enforces the
// architecture of ../shared/DESIGN.md: features never import each other, shared code never
// imports a feature, only main.tsx imports src/app, no import cycles, only src/nats talks to
// NATS, controllers run without React or the DOM, and no feature keeps module-level state.
// src/lint-rules.test.ts proves each of those rules fires, and stays quiet where it should.
import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;
const src = path.join(root, "src");
const features = path.join(src, "features");

/** @param {string} dir */
const entries = (dir) => readdirSync(dir, { withFileTypes: true });
// Read at every run, so a new feature folder (or a new folder of src/) is covered without editing this file.
const featureFolders = entries(features).filter((e) => e.isDirectory()).map((e) => e.name);
const srcEntries = entries(src).map((e) => e.name);

/** @param {string[]} parts */
const at = (...parts) => path.join(root, ...parts);

// One option list for import-x/no-restricted-paths: ESLint replaces (never merges) a rule's options
// between config objects, so every zone lives here and each zone's `target` says whom it binds.
const zones = [
  // (a) a feature never imports another feature; the files directly in src/features/ (feature.ts,
  // controller.ts: the shared contract) are not inside any feature folder, so every feature may use them.
  ...featureFolders.map((name) => ({
    target: path.join(features, name),
    from: featureFolders.filter((other) => other !== name).map((other) => path.join(features, other)),
    message: `Features never import each other: move what both need to src/nats, src/subjects, src/ui or src/features/*.ts.`,
  })).filter((zone) => zone.from.length > 0),
  // (b) shared code flows one way: shared → features → app.
  {
    target: ["nats", "subjects", "ui", "host", "i18n", "codegen"].map((dir) => path.join(src, dir)),
    from: features,
    message: "Shared code (src/nats, src/subjects, src/ui, src/host, src/i18n, src/codegen) never imports a feature.",
  },
  // (c) only main.tsx (and src/app itself) imports the app shell.
  {
    target: [...srcEntries.filter((name) => name !== "app" && name !== "main.tsx").map((name) => path.join(src, name)), at("e2e"), at("scripts"), at("bench")],
    from: path.join(src, "app"),
    message: "Only src/main.tsx imports src/app.",
  },
  // (c') src/cli is the other composition root (npm run service / npm run class): run, never imported.
  {
    target: [...srcEntries.filter((name) => name !== "cli").map((name) => path.join(src, name)), at("e2e"), at("scripts"), at("bench")],
    from: path.join(src, "cli"),
    message: "Nothing imports src/cli: it is a composition root, run by npm run service / npm run class.",
  },
];

// (e) only src/nats/ talks to NATS: `nats.ws` in the browser, `nats` (the Node client) in Node.
const natsWs = { name: "nats.ws", message: "Only src/nats/ imports nats.ws: use the NatsClient from src/nats/." };
const natsNode = { name: "nats", message: "Only src/nats/ (and tests, for foreign clients) import the Node `nats` package." };
const natsPatterns = [{ group: ["nats.ws/*", "nats/*"], message: "Only src/nats/ imports the NATS client libraries." }];
// (f) controllers and every non-.tsx file of a feature run in Node too: no React there.
const react = ["react", "react-dom"].map((name) => ({
  name,
  message: "A feature's .ts files (controllers, stores, logic) import no React: only its .tsx views do.",
}));
const reactPatterns = [{ group: ["react/*", "react-dom/*"], message: "A feature's .ts files import no React: only its .tsx views do." }];

// (f) DOM globals: a controller gets timers, frames, storage and visibility from its injected Host.
const domGlobals = [
  "window",
  "document",
  "sessionStorage",
  "localStorage",
  "location",
  "navigator",
  "Worker",
  "requestAnimationFrame",
  "cancelAnimationFrame",
  "MessageChannel",
];
const hostMessage = "A feature's .ts files run in Node too: take this from the injected Host (deps.host), or use it in a .tsx view.";

// (g) module-level mutable state: two controllers of a feature must share nothing.
const moduleState = "Module-level state is shared by every controller of the feature: keep it inside createX(…) (see src/features/counter).";
const moduleStateSelectors = [
  "Program > VariableDeclaration[kind=/^(let|var)$/]",
  "Program > ExportNamedDeclaration > VariableDeclaration[kind=/^(let|var)$/]",
  // the refactor's own check (`^const .*= new (Map|Set)`): a module-level Map/Set is a cache or a registry
  "Program > VariableDeclaration > VariableDeclarator[init.type='NewExpression'][init.callee.name=/^(Map|Set|WeakMap|WeakSet)$/]",
  "Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[init.type='NewExpression'][init.callee.name=/^(Map|Set|WeakMap|WeakSet)$/]",
].map((selector) => ({ selector, message: moduleState }));

const tests = ["src/**/*.test.ts", "src/**/*.test.tsx"];

export default defineConfig(
  { ignores: ["dist/", ".e2e-dist/", "node_modules/", "test-results/", "playwright-report/", ".tmp/", ".nats-data/", "cluster/"] },
  {
    name: "project/files",
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: "project/typescript",
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are the project's way to say "deliberately unused" (tuple holes, callback
      // parameters kept for their position); tsc's noUnusedLocals already covers the rest.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // `import type` for types (STYLE.md). An inline `import("x").T` annotation emits no import either,
      // and is the only form JSDoc has in scripts/*.mjs, so it stays allowed.
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports", disallowTypeAnnotations: false }],
      // Off: it asks for `/ {2}/` instead of two literal spaces; our regexes match literal config lines
      // (`/^  port: -1$/m` in scripts/nats-server-process.mjs) and read best as the text they match.
      "no-regex-spaces": "off",
    },
  },
  {
    name: "project/subject-grammar",
    // Off here: the subject grammar rejects control characters on purpose (nats-server does), so its
    // `[\u0000-\u001f\u007f]` classes are the point, not a typo. The rule stays on everywhere else.
    files: ["src/subjects/**"],
    rules: { "no-control-regex": "off" },
  },
  {
    name: "project/browser",
    files: ["src/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: "project/bench-and-e2e",
    // page.evaluate / addInitScript callbacks run in the page: both sets of globals are real here.
    files: ["bench/**", "e2e/**"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    name: "project/playwright-fixtures",
    // A Playwright fixture that needs no other fixture must still destructure its first argument
    // (`async ({}, use) => …`: Playwright reads the parameter list), so `{}` parameters are allowed.
    files: ["e2e/**"],
    rules: { "no-empty-pattern": ["error", { allowObjectPatternsAsParameters: true }] },
  },

  // (a)(b)(c)(d): import boundaries and cycles, resolved against the real files.
  {
    name: "project/imports",
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".d.mts", ".js", ".mjs", ".json"] })],
      "import-x/extensions": [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts", ".cts"] },
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { basePath: root, zones }],
    },
  },
  {
    name: "project/no-cycles",
    files: ["src/**"],
    rules: {
      // type-only imports are erased (verbatimModuleSyntax) and are skipped by the rule: they cannot
      // make a module run before its dependency is ready.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },

  // (e) NATS only in src/nats/; (f) no React in a feature's .ts files. One object per file set:
  // no-restricted-imports options are replaced, not merged, so each set carries its full list.
  {
    name: "project/nats-only-in-src-nats",
    files: ["src/**"],
    ignores: ["src/nats/**"],
    rules: { "no-restricted-imports": ["error", { paths: [natsWs, natsNode], patterns: natsPatterns }] },
  },
  {
    name: "project/tests-may-use-node-nats",
    files: tests,
    ignores: ["src/nats/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [natsWs], patterns: [{ group: ["nats.ws/*"], message: natsWs.message }] }],
    },
  },
  {
    name: "project/feature-code-runs-in-node",
    // inside a feature folder; src/features/feature.ts (the contract that pairs a controller with its
    // Panel, so it must build the element) is the one non-.tsx file of src/features/ that renders.
    files: ["src/features/*/**/*.ts"],
    ignores: tests,
    rules: {
      "no-restricted-imports": ["error", { paths: [natsWs, natsNode, ...react], patterns: [...natsPatterns, ...reactPatterns] }],
      "no-restricted-globals": ["error", ...domGlobals.map((name) => ({ name, message: hostMessage }))],
      "no-restricted-properties": [
        "error",
        ...["globalThis", "self"].flatMap((object) => domGlobals.map((property) => ({ object, property, message: hostMessage }))),
      ],
    },
  },

  // (g) no module-level mutable state anywhere in src/features/ (tests included: a `let` shared by
  // test cases leaks between them the same way).
  {
    name: "project/no-module-state-in-features",
    files: ["src/features/**"],
    rules: { "no-restricted-syntax": ["error", ...moduleStateSelectors] },
  },

  // React hooks: the views and the hooks that live in .ts files (controller-context.ts, use-*.ts).
  // Not e2e/: a Playwright fixture's `use(value)` would read as React's `use` hook.
  {
    ...reactHooks.configs.flat.recommended,
    name: "project/react-hooks",
    files: ["src/**/*.{ts,tsx}"],
  },
  {
    name: "project/react-hooks-errors",
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // a missing dependency is a stale-closure bug, not a style point: it fails like the other hooks rules.
      // (incompatible-library and unsupported-syntax stay warnings: they say the React Compiler skips a
      // component, which is information, not a defect.)
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
