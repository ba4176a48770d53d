import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// eslint.config.js: src/cli is a composition root, like src/app: nothing imports it.
const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: path.join(root, "src/ui/__lint_case__.ts") });
}, 120_000);

const rules = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect((result?.messages ?? []).filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).map((m) => m.ruleId);
};

describe("cli boundary", () => {
  it("lint - shared code, a feature, e2e or a script importing src/cli fails", async () => {
    expect(await rules("src/ui/__lint_case__.ts", `import { KINDS } from "../cli/service-kinds";\nexport const x = KINDS;\n`)).toContain("import-x/no-restricted-paths");
    expect(await rules("src/features/counter/__lint_case__.ts", `import { KINDS } from "../../cli/service-kinds";\nexport const x = KINDS;\n`)).toContain(
      "import-x/no-restricted-paths",
    );
    expect(await rules("e2e/__lint_case__.ts", `import { KINDS } from "../src/cli/service-kinds";\nexport const x = KINDS;\n`)).toContain("import-x/no-restricted-paths");
  });

  it("lint - src/cli importing its own files and the features passes", async () => {
    const code = `import { KINDS } from "./service-kinds";\nimport { createCounter } from "../features/counter/counter-controller";\nexport const x = [KINDS, createCounter];\n`;
    expect(await rules("src/cli/__lint_case__.ts", code)).not.toContain("import-x/no-restricted-paths");
  });
});
