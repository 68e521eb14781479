// `npm run build`: a production build that never reads the database (docs/decisions/0040).
// Generates both Prisma clients, runs `next build`, removes the empty build-time shells of the
// public pages that have no route parameters (home, topics, authors, archive, feed, sitemap) so
// they render on first request from the runtime database, and records the source hash that
// `npm start` compares.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SOURCE_HASH_FILE, sourceHash } from "./source-hash.mjs";

process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Routes whose build output is a shell rendered without the database (lib/server/build-phase.ts).
export const DATABASE_ROUTES = ["index", "topics", "authors", "archive", "feed.xml", "sitemap.xml"];

export function dropBuildShells(distDir = ".next") {
  const dir = join(distDir, "server", "app");
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const base = DATABASE_ROUTES.find((r) => name === r || name.startsWith(`${r}.`));
    if (!base) continue;
    // keep the compiled route code (`*.js`, `*.map`, manifests); drop cached outputs only
    if (/\.(html|rsc|meta|body|segments|prefetch\.rsc)$/.test(name) || name === `${base}.segments`) {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

const hash = sourceHash();
run("node", ["scripts/prisma.mjs", "generate"]);
run("npx", ["next", "build"]);
const removed = dropBuildShells();
// pages rendered by an older build (cache-handler.cjs keeps them per database) are code-stale too
rmSync(".next/cache/pages", { recursive: true, force: true });
writeFileSync(SOURCE_HASH_FILE, `${hash}\n`);
console.log(`[build] removed ${removed} build-time page shells; source hash ${hash.slice(0, 12)} in ${SOURCE_HASH_FILE}`);
