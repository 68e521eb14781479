// Vitest global setup: start every run from empty worker databases.
import { rmSync } from "node:fs";
import path from "node:path";

export default async function setup() {
  rmSync(path.resolve(".tmp", "vitest"), { recursive: true, force: true });
  if (process.env.TEST_DB === "postgres" && process.env.TEST_POSTGRES_URL) {
    const { assertLocalDatabase, pgTestPrefix } = await import("./test-db");
    assertLocalDatabase(process.env.TEST_POSTGRES_URL);
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await c.connect();
    const dbs = await c.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [pgTestPrefix()]);
    for (const row of dbs.rows) await c.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await c.end();
  }
}
