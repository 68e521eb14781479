// The migration runner: applies each file once, reports pending ones, and both engines have the same files.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, migrationFiles, migrationStatus } from "@/lib/server/migrations.mjs";

describe("migrations", () => {
  it("has the same migrations for SQLite and PostgreSQL", () => {
    expect(migrationFiles("sqlite").map((f) => f.name)).toEqual(migrationFiles("postgres").map((f) => f.name));
    expect(migrationFiles("sqlite").length).toBeGreaterThan(0);
  });

  it("reports a new SQLite database as fresh with everything pending, then applies it once", async () => {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "wo-mig-")), "t.db")}`;
    const before = await migrationStatus(url);
    expect(before.fresh).toBe(true);
    expect(before.pending).toEqual(migrationFiles("sqlite").map((f) => f.name));
    const applied = await applyMigrations(url);
    expect(applied).toEqual(before.pending);
    expect(await applyMigrations(url)).toEqual([]);
    expect((await migrationStatus(url)).pending).toEqual([]);
  });

  it("finds the current test database fully migrated", async () => {
    const status = await migrationStatus(process.env.DATABASE_URL!);
    expect(status.pending).toEqual([]);
  });
});
