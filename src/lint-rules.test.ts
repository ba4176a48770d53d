import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves that eslint.config.js enforces the architecture of DESIGN.md: each rule fires on a
// deliberate violation and stays quiet on the allowed case. The code is linted as if it lived at
// a real place in the tree (lintText with a virtual file path), so imports resolve against real
// files; only these snippets are linted, never the rest of the tree, whatever state it is in.
// The imported anchors are the shared contract and the Counter, the reference feature.

const root = path.resolve(import.meta.dirname, "..");
const at = (relative: string) => path.join(root, relative);

// Another feature folder than counter, whichever exists: the test must not hang on one name.
const otherFeature = readdirSync(at("src/features"), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "counter")
  .map((e) => e.name)[0];

let eslint: ESLint;
beforeAll(async () => {
  // import-x/no-unresolved is not part of `npm run lint` (tsc reports unresolved imports); here it
  // proves every "quiet" case is quiet because the rule allows it, not because the import went unresolved.
  eslint = new ESLint({ cwd: root, overrideConfig: { rules: { "import-x/no-unresolved": "error" } } });
  // the first run loads every plugin (the React Compiler's Babel among them): seconds on a busy machine
  await eslint.lintText("export {};\n", { filePath: at("src/ui/__lint_case__.tsx") });
}, 120_000);

type Finding = { ruleId: string | null; message: string };

async function lint(relativePath: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: at(relativePath) });
  const messages = result?.messages ?? [];
  // a snippet that does not parse, or a path the config ignores, proves nothing
  expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
  expect(messages.filter((m) => m.ruleId === "import-x/no-unresolved")).toEqual([]);
  return messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe("lint - (a) features never import each other", () => {
  it("lint - a feature importing another feature's file fails", async () => {
    expect(otherFeature).toBeDefined();
    const findings = await lint(
      `src/features/${otherFeature}/__lint_case__.ts`,
      `import { initialCounterState } from "../counter/counter-store";\nexport const x = initialCounterState;\n`,
    );
    expect(ids(findings)).toContain("import-x/no-restricted-paths");
  });

  it("lint - a type-only import of another feature fails too", async () => {
    const findings = await lint(
      `src/features/${otherFeature}/__lint_case__.ts`,
      `import type { CounterState } from "../counter/counter-store";\nexport type X = CounterState;\n`,
    );
    expect(ids(findings)).toContain("import-x/no-restricted-paths");
  });

  it("lint - a feature importing its own files, the shared contract and shared code passes", async () => {
    const findings = await lint(
      "src/features/counter/__lint_case__.ts",
      [
        `import { defineFeature } from "../feature";`,
        `import type { FeatureDeps } from "../controller";`,
        `import type { NatsClient } from "../../nats/nats-client";`,
        `import { controllerContext } from "../../ui/controller-context";`,
        `import { initialCounterState } from "./counter-store";`,
        `export type X = FeatureDeps | NatsClient;`,
        `export const y = [defineFeature, controllerContext, initialCounterState];`,
        ``,
      ].join("\n"),
    );
    expect(ids(findings)).not.toContain("import-x/no-restricted-paths");
  });
});

describe("lint - (b) shared code never imports a feature", () => {
  for (const shared of ["nats", "subjects", "ui", "host"]) {
    it(`lint - src/${shared} importing a feature fails`, async () => {
      const findings = await lint(
        `src/${shared}/__lint_case__.ts`,
        `import { initialCounterState } from "../features/counter/counter-store";\nexport const x = initialCounterState;\n`,
      );
      expect(ids(findings)).toContain("import-x/no-restricted-paths");
    });
  }

  it("lint - shared code importing the feature contract (src/features/*.ts) fails as well", async () => {
    const findings = await lint("src/ui/__lint_case__.ts", `import type { FeatureDeps } from "../features/controller";\nexport type X = FeatureDeps;\n`);
    expect(ids(findings)).toContain("import-x/no-restricted-paths");
  });

  it("lint - shared code importing other shared code passes", async () => {
    const findings = await lint(
      "src/ui/__lint_case__.ts",
      `import type { NatsClient } from "../nats/nats-client";\nimport type { Host } from "../host/host";\nexport type X = NatsClient | Host;\n`,
    );
    expect(ids(findings)).not.toContain("import-x/no-restricted-paths");
  });
});

describe("lint - (c) only main.tsx imports src/app", () => {
  const importApp = (from: string) => `import { App } from "${from}";\nexport const x = App;\n`;

  it("lint - a feature importing src/app fails", async () => {
    expect(ids(await lint("src/features/counter/__lint_case__.ts", importApp("../../app/App")))).toContain("import-x/no-restricted-paths");
  });

  it("lint - shared code importing src/app fails", async () => {
    expect(ids(await lint("src/nats/__lint_case__.ts", importApp("../app/App")))).toContain("import-x/no-restricted-paths");
  });

  it("lint - an e2e spec importing src/app fails", async () => {
    expect(ids(await lint("e2e/__lint_case__.ts", importApp("../src/app/App")))).toContain("import-x/no-restricted-paths");
  });

  it("lint - src/main.tsx and src/app itself importing src/app pass", async () => {
    expect(ids(await lint("src/main.tsx", importApp("./app/App")))).not.toContain("import-x/no-restricted-paths");
    expect(ids(await lint("src/app/__lint_case__.ts", importApp("./App")))).not.toContain("import-x/no-restricted-paths");
  });
});

describe("lint - (d) no import cycles", () => {
  // A cycle needs two real files that import each other; they live in a folder of their own under
  // src/ (the rule covers src/ only) for the length of this block.
  const dir = at(`src/.lint-cycle-${process.pid}-${Date.now().toString(36)}`);
  const write = (name: string, code: string) => writeFileSync(path.join(dir, name), code);
  const lintFile = async (name: string) => {
    const [result] = await eslint.lintFiles([path.join(dir, name)]);
    expect(result?.messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([]);
    return (result?.messages ?? []).map((m) => m.ruleId);
  };
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    write("a.ts", `import { b } from "./b";\nexport const a = () => b() + 1;\n`);
    write("b.ts", `import { a } from "./a";\nexport const b = () => 1;\nexport const c = () => a();\n`);
    write("types-a.ts", `import type { B } from "./types-b";\nexport type A = { b?: B };\nexport const one = 1;\n`);
    write("types-b.ts", `import type { A } from "./types-a";\nexport type B = { a?: A };\n`);
    write("leaf.ts", `export const leaf = 1;\n`);
    write("uses-leaf.ts", `import { leaf } from "./leaf";\nexport const x = leaf;\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lint - two modules importing each other fail, on both sides", async () => {
    expect(await lintFile("a.ts")).toContain("import-x/no-cycle");
    expect(await lintFile("b.ts")).toContain("import-x/no-cycle");
  });

  it("lint - a cycle of type-only imports passes (erased at build: no module runs early)", async () => {
    expect(await lintFile("types-a.ts")).not.toContain("import-x/no-cycle");
  });

  it("lint - a plain one-way import passes", async () => {
    expect(await lintFile("uses-leaf.ts")).not.toContain("import-x/no-cycle");
  });
});

describe("lint - (e) only src/nats talks to NATS", () => {
  const natsFindings = (findings: Finding[]) => findings.filter((f) => f.ruleId === "no-restricted-imports" && /nats/.test(f.message));

  it("lint - nats.ws outside src/nats fails (feature, ui, app, feature test)", async () => {
    const code = `import { connect } from "nats.ws";\nexport const x = connect;\n`;
    for (const file of [
      "src/features/counter/__lint_case__.ts",
      "src/features/counter/__lint_case__.tsx",
      "src/ui/__lint_case__.ts",
      "src/app/__lint_case__.ts",
      "src/features/counter/__lint_case__.test.ts",
    ]) {
      expect(natsFindings(await lint(file, code)), file).toHaveLength(1);
    }
  });

  it("lint - the Node nats package outside src/nats fails, except in tests", async () => {
    const code = `import { connect } from "nats";\nexport const x = connect;\n`;
    expect(natsFindings(await lint("src/features/counter/__lint_case__.ts", code))).toHaveLength(1);
    expect(natsFindings(await lint("src/host/__lint_case__.ts", code))).toHaveLength(1);
    expect(natsFindings(await lint("src/features/counter/__lint_case__.test.ts", code))).toHaveLength(0);
    expect(natsFindings(await lint("src/subjects/__lint_case__.test.ts", code))).toHaveLength(0);
  });

  it("lint - src/nats, e2e, scripts and bench may import both", async () => {
    const code = `import { connect as ws } from "nats.ws";\nimport { connect } from "nats";\nexport const x = [ws, connect];\n`;
    for (const file of ["src/nats/__lint_case__.ts", "src/nats/__lint_case__.test.ts", "e2e/__lint_case__.ts", "scripts/__lint_case__.mjs", "bench/__lint_case__.mjs"]) {
      expect(ids(await lint(file, code)), file).not.toContain("no-restricted-imports");
    }
  });
});

describe("lint - (f) a feature's .ts files run without React or the DOM", () => {
  const feature = "src/features/counter/__lint_case__";

  it("lint - importing react or react-dom in a feature's .ts fails", async () => {
    for (const code of [
      `import { useState } from "react";\nexport const x = useState;\n`,
      `import { createRoot } from "react-dom/client";\nexport const x = createRoot;\n`,
      `import type { ReactNode } from "react";\nexport type X = ReactNode;\n`,
    ]) {
      expect(ids(await lint(`${feature}.ts`, code)), code).toContain("no-restricted-imports");
    }
  });

  it("lint - react in a feature's .tsx, in a feature's test, or in the contract src/features/feature.ts passes", async () => {
    const code = `import { createElement } from "react";\nexport const x = createElement;\n`;
    for (const file of [`${feature}.tsx`, `${feature}.test.ts`, "src/features/__lint_case__.ts", "src/ui/__lint_case__.ts"]) {
      expect(ids(await lint(file, code)), file).not.toContain("no-restricted-imports");
    }
  });

  const domUses = [
    `window.addEventListener("pagehide", () => undefined);`,
    `export const title = document.title;`,
    `sessionStorage.setItem("k", "v");`,
    `localStorage.getItem("k");`,
    `export const hash = location.hash;`,
    `export const online = navigator.onLine;`,
    `export const w = new Worker("x.js");`,
    `requestAnimationFrame(() => undefined);`,
    `cancelAnimationFrame(1);`,
    `export const c = new MessageChannel();`,
  ];

  it("lint - each DOM global in a feature's .ts fails", async () => {
    for (const code of domUses) {
      expect(ids(await lint(`${feature}.ts`, code)), code).toContain("no-restricted-globals");
    }
  });

  it("lint - reaching a DOM global through globalThis fails", async () => {
    expect(ids(await lint(`${feature}.ts`, `export const d = globalThis.document;\n`))).toContain("no-restricted-properties");
  });

  it("lint - DOM globals in a feature's .tsx, in src/host and in src/ui pass; a local named like one passes", async () => {
    for (const file of [`${feature}.tsx`, "src/host/__lint_case__.ts", "src/ui/__lint_case__.ts"]) {
      for (const code of domUses) {
        expect(ids(await lint(file, code)), `${file}: ${code}`).not.toContain("no-restricted-globals");
      }
    }
    const local = `export function f(location: string) {\n  return location.length;\n}\n`;
    expect(ids(await lint(`${feature}.ts`, local))).not.toContain("no-restricted-globals");
  });
});

describe("lint - (g) no module-level mutable state in a feature", () => {
  const feature = "src/features/counter/__lint_case__.ts";

  it("lint - a top-level let (plain or exported), var, or Map/Set cache fails", async () => {
    for (const code of [
      `let n = 0;\nexport const next = () => ++n;\n`,
      `export let n = 0;\n`,
      `var n = 0;\nexport const next = () => ++n;\n`,
      `const cache = new Map<string, number>();\nexport const get = (k: string) => cache.get(k);\n`,
      `export const seen = new Set<string>();\n`,
    ]) {
      expect(ids(await lint(feature, code)), code).toContain("no-restricted-syntax");
    }
  });

  it("lint - it fails in a feature's .tsx, its tests and the contract files too", async () => {
    for (const file of ["src/features/counter/__lint_case__.tsx", "src/features/counter/__lint_case__.test.ts", "src/features/__lint_case__.ts"]) {
      expect(ids(await lint(file, `let n = 0;\nexport const next = () => ++n;\n`)), file).toContain("no-restricted-syntax");
    }
  });

  it("lint - state inside the controller factory, and top-level constants, pass", async () => {
    const code = [
      `const LIMIT = 10;`,
      `export const DEFAULTS = { every: 10_000 } as const;`,
      `export function createThing() {`,
      `  let n = 0;`,
      `  const seen = new Set<string>();`,
      `  return { next: () => Math.min(++n, LIMIT), seen };`,
      `}`,
      ``,
    ].join("\n");
    expect(ids(await lint(feature, code))).not.toContain("no-restricted-syntax");
  });

  it("lint - a top-level let outside src/features passes", async () => {
    expect(ids(await lint("src/host/__lint_case__.ts", `let timer = 0;\nexport const set = (t: number) => (timer = t);\n`))).not.toContain(
      "no-restricted-syntax",
    );
  });
});

describe("lint - react hooks", () => {
  it("lint - a hook called conditionally in a .tsx fails; called at the top passes", async () => {
    const bad = `import { useState } from "react";\nexport function View({ on }: { on: boolean }) {\n  if (on) {\n    const [v] = useState(0);\n    return <p>{v}</p>;\n  }\n  return null;\n}\n`;
    const good = `import { useState } from "react";\nexport function View() {\n  const [v] = useState(0);\n  return <p>{v}</p>;\n}\n`;
    expect(ids(await lint("src/ui/__lint_case__.tsx", bad))).toContain("react-hooks/rules-of-hooks");
    expect(ids(await lint("src/ui/__lint_case__.tsx", good))).not.toContain("react-hooks/rules-of-hooks");
  });
});
