// Test databases: a SQLite file per Vitest worker, or a PostgreSQL database per worker when the
// project is "postgres". Refuses anything that is not on this machine.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../lib/server/migrations.mjs";

/** Per-checkout prefix, so several checkouts on one PostgreSQL server never share a test database. */
export function pgTestPrefix(): string {
  const base = path.basename(process.cwd()).toLowerCase().replace(/[^a-z0-9]/g, "_").slice(0, 20);
  return `wo_test_${base}_`;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export function assertLocalDatabase(url: string): void {
  if (url.startsWith("file:")) return;
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`refusing to use a non-local test database (${host})`);
}

/** Prepares (migrates) this worker's database and returns its URL. */
export async function prepareTestDatabase(engine: "sqlite" | "postgres", workerId: string, fresh = false): Promise<string> {
  if (engine === "sqlite") {
    const dir = path.resolve(".tmp", "vitest");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `worker-${workerId}.db`);
    if (fresh) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const url = `file:${file}`;
    await applyMigrations(url);
    return url;
  }
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error("TEST_POSTGRES_URL is not set");
  assertLocalDatabase(base);
  const { default: pg } = await import("pg");
  const name = `${pgTestPrefix()}${workerId}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  await applyMigrations(url);
  return url;
}
