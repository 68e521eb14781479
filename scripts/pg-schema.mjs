// Writes prisma/postgres/schema.prisma from the SQLite source of truth (provider and output differ).
// `--check` exits 1 when the committed copy is stale (run by the test suite).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";

const src = readFileSync("prisma/schema.prisma", "utf8");
const out = src
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output     = "../lib/generated/sqlite"', 'output     = "../../lib/generated/postgres"')
  .replace(/^\/\/ Weekly Outlook data model\..*$/m, "// GENERATED from prisma/schema.prisma by `npm run db:schema:pg`: do not edit.");
if (out === src || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
  console.error("pg-schema: could not rewrite provider/output lines in prisma/schema.prisma");
  process.exit(1);
}
const target = "prisma/postgres/schema.prisma";
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== out) {
    console.error(`${target} is stale: run npm run db:schema:pg`);
    process.exit(1);
  }
} else {
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(target, out);
}
