// npm start compares the sources' hash with the one the build stored (scripts/source-hash.mjs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builtSourceHash, sourceHash, SOURCE_HASH_FILE } from "../../scripts/source-hash.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const d = mkdtempSync(join(tmpdir(), "source-hash-"));
  dirs.push(d);
  mkdirSync(join(d, "app"), { recursive: true });
  mkdirSync(join(d, "lib", "generated"), { recursive: true });
  writeFileSync(join(d, "app", "page.tsx"), "export default function P() { return null; }\n");
  writeFileSync(join(d, "lib", "generated", "client.ts"), "generated\n");
  return d;
}

describe("source hash", () => {
  it("changes when a source changes, not when generated code or the build output does", () => {
    const d = project();
    const first = sourceHash(d);
    expect(sourceHash(d)).toBe(first);
    writeFileSync(join(d, "lib", "generated", "client.ts"), "regenerated\n");
    mkdirSync(join(d, ".next"), { recursive: true });
    writeFileSync(join(d, SOURCE_HASH_FILE), `${first}\n`);
    expect(sourceHash(d)).toBe(first);
    expect(builtSourceHash(d)).toBe(first);
    writeFileSync(join(d, "app", "page.tsx"), "export default function P() { return 1; }\n");
    expect(sourceHash(d)).not.toBe(first);
  });

  it("has no stored hash before the first build", () => {
    expect(builtSourceHash(project())).toBeNull();
  });
});
