// `npm run backup [-- --out FILE]` and `npm run restore -- FILE --yes`: the database of DATABASE_URL.
// SQLite: the online backup API (a consistent copy while the site runs; WAL included). PostgreSQL:
// `pg_dump --format=custom` / `pg_restore --clean` (the client tools of the server's major version).
// A restore replaces the database: stop the web and worker processes first; the restored database is
// migrated by the next start. tests/unit/backup.test.ts backs up, changes, restores and compares.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqlitePath } from "../lib/server/migrations.mjs";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const [cmd, ...rest] = process.argv.slice(2);
const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").replace(/Z$/, "Z");

/** A libpq connection string without our query parameters (pg_dump refuses unknown ones). */
function pgUrl(u) {
  const x = new URL(u);
  for (const k of [...x.searchParams.keys()]) if (!["sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "options", "connect_timeout"].includes(k)) x.searchParams.delete(k);
  return x.toString();
}

export async function backup(out) {
  const pg = isPostgresUrl(url);
  const file = path.resolve(out ?? path.join("backups", `${pg ? "postgres" : "sqlite"}-${stamp()}.${pg ? "dump" : "db"}`));
  mkdirSync(path.dirname(file), { recursive: true });
  if (pg) {
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", pgUrl(url)], { stdio: ["ignore", "inherit", "inherit"] });
  } else {
    const src = sqlitePath(url);
    if (!existsSync(src)) throw new Error(`no SQLite database at ${src}`);
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(src, { readonly: true, timeout: 10_000 });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  }
  return { file, bytes: statSync(file).size };
}

export async function restore(file) {
  if (!existsSync(file)) throw new Error(`no backup file at ${file}`);
  if (isPostgresUrl(url)) {
    // --clean --if-exists drops our objects first; one transaction, so a failed restore changes nothing
    execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", "--dbname", pgUrl(url), file], { stdio: ["ignore", "inherit", "inherit"] });
    return { kept: null };
  }
  const { default: Database } = await import("better-sqlite3");
  const check = new Database(file, { readonly: true });
  try {
    const ok = check.pragma("integrity_check", { simple: true });
    if (ok !== "ok") throw new Error(`the backup ${file} fails SQLite's integrity check: ${ok}`);
  } finally {
    check.close();
  }
  const dest = sqlitePath(url);
  mkdirSync(path.dirname(path.resolve(dest)), { recursive: true });
  let kept = null;
  if (existsSync(dest)) {
    kept = `${dest}.before-restore-${stamp()}`;
    renameSync(dest, kept);
  }
  for (const s of ["-wal", "-shm"]) rmSync(dest + s, { force: true });
  copyFileSync(file, dest);
  return { kept };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ args: rest, options: { out: { type: "string" }, yes: { type: "boolean", default: false } }, allowPositionals: true });
  try {
    if (cmd === "backup") {
      const r = await backup(values.out);
      console.log(`[backup] ${isPostgresUrl(url) ? "pg_dump" : "SQLite online backup"} → ${r.file} (${(r.bytes / 1024).toFixed(0)} KB)`);
    } else if (cmd === "restore") {
      const file = positionals[0];
      if (!file) throw new Error("usage: npm run restore -- FILE --yes");
      if (!values.yes) throw new Error(`this replaces the database at ${isPostgresUrl(url) ? "DATABASE_URL (PostgreSQL)" : sqlitePath(url)} with ${file}. Stop the site and the workers, then run again with --yes`);
      const r = await restore(path.resolve(file));
      console.log(`[restore] restored ${file}${r.kept ? `; the previous database is kept as ${r.kept}` : ""}. Start the site: migrations newer than the backup are applied at start.`);
    } else {
      throw new Error("usage: node scripts/backup.mjs backup [--out FILE] | restore FILE --yes");
    }
  } catch (e) {
    console.error(`[${cmd ?? "backup"}] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
