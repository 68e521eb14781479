// A hash of everything `next build` compiles, stored as .next/SOURCE_HASH by scripts/build.mjs and
// compared by scripts/start.mjs, so a start never serves a build older than the code.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOTS = ["app", "components", "lib", "emails", "prisma/schema.prisma", "next.config.js", "cache-handler.cjs", "instrumentation.ts", "proxy.ts", "middleware.ts", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", "generated", ".next"]);
export const SOURCE_HASH_FILE = ".next/SOURCE_HASH";

function walk(path, out) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name), out);
  } else out.push(path);
}

export function sourceHash(cwd = process.cwd()) {
  const files = [];
  for (const r of ROOTS) walk(join(cwd, r), files);
  const h = createHash("sha256");
  for (const f of files) {
    h.update(f.slice(cwd.length));
    h.update("\0");
    h.update(readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex");
}

export function builtSourceHash(cwd = process.cwd()) {
  const p = join(cwd, SOURCE_HASH_FILE);
  return existsSync(p) ? readFileSync(p, "utf8").trim() : null;
}
