// Applies the SQL migrations in prisma/migrations/<engine>/ and reports pending ones.
// Our own runner (not `prisma migrate deploy`): see README Decision 3. Plain JS so that the npm
// scripts can run it before anything is built.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/weekly-outlook.db";

/** @param {string} url */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** @param {string} url */
export function sqlitePath(url) {
  return url.replace(/^file:/, "");
}

/** @param {string} url */
export function engineOf(url) {
  return isPostgresUrl(url) ? "postgres" : "sqlite";
}

/** @param {string} engine @param {string} [root] */
export function migrationFiles(engine, root = process.cwd()) {
  const dir = path.join(root, "prisma", "migrations", engine);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => {
      const sql = readFileSync(path.join(dir, f), "utf8");
      return { name: f.replace(/\.sql$/, ""), sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** An applied migration whose file changed since: the database no longer matches what the files say. */
export class MigrationChecksumError extends Error {
  /** @param {{ name: string, stored: string, current: string }[]} changed */
  constructor(changed) {
    super(
      `applied migration${changed.length > 1 ? "s" : ""} changed since ${changed.length > 1 ? "they were" : "it was"} applied: ` +
        changed.map((c) => `${c.name} (applied ${c.stored.slice(0, 12)}…, file now ${c.current.slice(0, 12)}…)`).join(", ") +
        `. Restore the file(s) from git and put the change in a new migration; an applied migration is never edited.`,
    );
    this.name = "MigrationChecksumError";
    this.changed = changed;
  }
}

/**
 * Throws MigrationChecksumError when a stored checksum differs from its file's.
 * @param {{ name: string, checksum: string }[]} rows @param {{ name: string, checksum: string }[]} files
 */
function assertChecksums(rows, files) {
  const byName = new Map(files.map((f) => [f.name, f.checksum]));
  const changed = rows.filter((r) => byName.has(r.name) && byName.get(r.name) !== r.checksum).map((r) => ({ name: r.name, stored: r.checksum, current: /** @type {string} */ (byName.get(r.name)) }));
  if (changed.length) throw new MigrationChecksumError(changed);
}

const TABLE = `CREATE TABLE IF NOT EXISTS "_migrations" ("name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`;

/** @param {string} url */
async function openSqlite(url) {
  const { default: Database } = await import("better-sqlite3");
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: 10000 });
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  return db;
}

/** @param {string} url */
async function openPostgres(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * Names of migrations that exist on disk but are not applied, plus whether the database holds any
 * of our tables at all (`fresh`).
 * @param {string} url @param {string} [root]
 */
export async function migrationStatus(url, root) {
  const engine = engineOf(url);
  const files = migrationFiles(engine, root);
  /** @type {Set<string>} */
  let applied = new Set();
  if (engine === "sqlite") {
    const db = await openSqlite(url);
    try {
      const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='_migrations'`).get();
      if (has) {
        const rows = /** @type {{ name: string, checksum: string }[]} */ (db.prepare(`SELECT name, checksum FROM "_migrations"`).all());
        assertChecksums(rows, files);
        applied = new Set(rows.map((r) => r.name));
      }
    } finally {
      db.close();
    }
  } else {
    const client = await openPostgres(url);
    try {
      const has = await client.query(`SELECT to_regclass('public._migrations') AS t`);
      if (has.rows[0]?.t) {
        const rows = (await client.query(`SELECT name, checksum FROM "_migrations"`)).rows;
        assertChecksums(rows, files);
        applied = new Set(rows.map((r) => r.name));
      }
    } finally {
      await client.end();
    }
  }
  return { engine, fresh: applied.size === 0, pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name) };
}

/**
 * Applies every pending migration, each in its own transaction. Safe to run concurrently
 * (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
 * @param {string} url @param {{ root?: string, log?: (line: string) => void }} [opts]
 */
export async function applyMigrations(url, opts = {}) {
  const log = opts.log ?? (() => {});
  const engine = engineOf(url);
  const files = migrationFiles(engine, opts.root);
  /** @type {string[]} */
  const done = [];
  if (engine === "sqlite") {
    const db = await openSqlite(url);
    try {
      db.exec(TABLE);
      assertChecksums(/** @type {{ name: string, checksum: string }[]} */ (db.prepare(`SELECT name, checksum FROM "_migrations"`).all()), files);
      for (const f of files) {
        const run = db.transaction(() => {
          const row = db.prepare(`SELECT checksum FROM "_migrations" WHERE name = ?`).get(f.name);
          if (row) return false;
          db.exec(f.sql);
          db.prepare(`INSERT INTO "_migrations" (name, checksum, appliedAt) VALUES (?, ?, ?)`).run(f.name, f.checksum, new Date().toISOString());
          return true;
        });
        if (run.immediate()) {
          done.push(f.name);
          log(`applied ${f.name}`);
        }
      }
    } finally {
      db.close();
    }
  } else {
    const client = await openPostgres(url);
    try {
      await client.query(`SELECT pg_advisory_lock(735201)`);
      await client.query(TABLE);
      const rows = (await client.query(`SELECT name, checksum FROM "_migrations"`)).rows;
      try {
        assertChecksums(rows, files);
      } catch (e) {
        await client.query(`SELECT pg_advisory_unlock(735201)`);
        throw e;
      }
      const applied = new Set(rows.map((r) => r.name));
      for (const f of files) {
        if (applied.has(f.name)) continue;
        await client.query("BEGIN");
        try {
          await client.query(f.sql);
          await client.query(`INSERT INTO "_migrations" (name, checksum, "appliedAt") VALUES ($1, $2, $3)`, [f.name, f.checksum, new Date().toISOString()]);
          await client.query("COMMIT");
        } catch (e) {
          await client.query("ROLLBACK");
          throw new Error(`migration ${f.name} failed: ${/** @type {Error} */ (e).message}`);
        }
        done.push(f.name);
        log(`applied ${f.name}`);
      }
      await client.query(`SELECT pg_advisory_unlock(735201)`);
    } finally {
      await client.end();
    }
  }
  return done;
}
