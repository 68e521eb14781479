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

describe("migration checksums", () => {
  it("a changed applied migration stops migrate, status and db:migrate with a clear message", async () => {
    const { cpSync, readdirSync, appendFileSync } = await import("node:fs");
    const { spawnSync } = await import("node:child_process");
    const { MigrationChecksumError } = await import("@/lib/server/migrations.mjs");
    const root = mkdtempSync(path.join(tmpdir(), "wo-sum-"));
    cpSync(path.resolve("prisma", "migrations", "sqlite"), path.join(root, "prisma", "migrations", "sqlite"), { recursive: true });
    const url = `file:${path.join(root, "t.db")}`;
    await applyMigrations(url, { root });
    const first = readdirSync(path.join(root, "prisma", "migrations", "sqlite")).filter((f) => f.endsWith(".sql")).sort()[0]!;
    appendFileSync(path.join(root, "prisma", "migrations", "sqlite", first), "\n-- edited after it was applied\n");
    await expect(migrationStatus(url, root)).rejects.toBeInstanceOf(MigrationChecksumError);
    await expect(applyMigrations(url, { root })).rejects.toThrow(/changed since it was applied: 0001/);
    const r = spawnSync(process.execPath, [path.resolve("scripts", "prisma.mjs"), "migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Restore the file\(s\) from git and put the change in a new migration/);
  });
});
