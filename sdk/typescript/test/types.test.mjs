import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const TSC = join(PACKAGE, "node_modules", "typescript", "bin", "tsc");

// `npm run build` runs the type test on the sources as they are; these show that it can fail.

/** Runs the type test (test/types) over a copy of the sources, with one edit to models.ts. */
function typeTestWith(edit) {
  const copy = mkdtempSync(join(tmpdir(), "aegis-sdk-types-"));
  try {
    cpSync(join(PACKAGE, "tsconfig.json"), join(copy, "tsconfig.json"));
    cpSync(join(PACKAGE, "src"), join(copy, "src"), { recursive: true });
    cpSync(join(PACKAGE, "test", "types"), join(copy, "test", "types"), { recursive: true });
    const models = join(copy, "src", "models.ts");
    writeFileSync(models, edit(readFileSync(models, "utf8")));
    return spawnSync(process.execPath, [TSC, "-p", join(copy, "test", "types", "tsconfig.json")], { encoding: "utf8" });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test("the type test fails when an interface loses a field its list still has", () => {
  const result = typeTestWith((source) => source.replace("  finish_reason?: string;\n", ""));
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /model-fields\.ts.*does not satisfy/);
});

test("the type test fails when an interface gains a field its list lacks", () => {
  const result = typeTestWith((source) => source.replace("  approvals_required: number;\n", "  approvals_required: number;\n  escalated_to?: string;\n"));
  assert.notEqual(result.status, 0);
  assert.match(result.stdout, /model-fields\.ts.*does not satisfy/);
});
