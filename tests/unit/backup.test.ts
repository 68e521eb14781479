// Backups are restorable (issue 11 item 5): `npm run backup` (SQLite online backup / pg_dump), then
// changes, then `npm run restore` brings back exactly the backed-up rows. Runs the real commands.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareTestDatabase } from "../support/test-db";

const engine = (process.env.TEST_DB ?? "sqlite") as "sqlite" | "postgres";
const url = await prepareTestDatabase(engine, `${engine}_backup_${process.env.VITEST_POOL_ID ?? "0"}`, true);
const dir = path.resolve(".tmp", `backup-${engine}-${process.env.VITEST_POOL_ID ?? "0"}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  if (engine === "postgres") {
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(query, params)).rows as T[];
    } finally {
      await c.end();
    }
  }
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(url.replace(/^file:/, ""));
  try {
    const q = query.replace(/\$\d+/g, "?");
    const st = db.prepare(q);
    return (st.reader ? st.all(...params) : (st.run(...params), [])) as T[];
  } finally {
    db.close();
  }
}
const addMember = (email: string) =>
  sql(`INSERT INTO "Member" ("id", "email", "role", "membershipTier", "createdAt", "updatedAt") VALUES ($1, $2, 'reader', 'free', $3, $4)`, [
    `c${Math.random().toString(36).slice(2)}`,
    email,
    ...Array(2).fill(engine === "postgres" ? new Date() : new Date().toISOString()),
  ]);
const emails = async () => (await sql<{ email: string }>(`SELECT "email" FROM "Member" ORDER BY "email"`)).map((r) => r.email);
const run = (...args: string[]) => spawnSync("node", ["scripts/backup.mjs", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });

describe(`backup and restore (${engine})`, () => {
  it("restores exactly what was backed up; refuses without --yes", async () => {
    await addMember("kept@backup.test");
    const file = path.join(dir, engine === "postgres" ? "b.dump" : "b.db");
    execFileSync("node", ["scripts/backup.mjs", "backup", "--out", file], { env: { ...process.env, DATABASE_URL: url } });

    await addMember("after@backup.test");
    await sql(`DELETE FROM "Member" WHERE "email" = $1`, ["kept@backup.test"]);
    expect(await emails()).toEqual(["after@backup.test"]);

    const refused = run("restore", file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--yes");
    expect(await emails()).toEqual(["after@backup.test"]);

    const r = run("restore", file, "--yes");
    expect(r.status, r.stderr).toBe(0);
    expect(await emails()).toEqual(["kept@backup.test"]);
    // the migrations table came back too: the restored database is a migrated database
    expect((await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM "_migrations"`))[0]!.n).not.toBe(0);
  });

  it("a missing backup file is a clear error", () => {
    const r = run("restore", path.join(dir, "nope"), "--yes");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no backup file");
  });
});
