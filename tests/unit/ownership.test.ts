// One owner per table (issue 9): only lib/subscriptions writes Subscription and SubscribeEvent — through
// the subscribe flow (state.ts) or the state machine's transitions (transitions.ts) — so every change
// records its event. Prisma write calls and raw SQL naming those tables anywhere else fail this test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return p.includes(`${path.sep}generated`) ? [] : files(p);
    return /\.(ts|tsx|mjs)$/.test(p) ? [p] : [];
  });
}

const WRITES = /\.(subscription|subscribeEvent)\s*\.\s*(create|createMany|update|updateMany|upsert|delete|deleteMany)\s*\(/;
const RAW = /(bulkInsert\([^)]*|INSERT\s+INTO\s+|UPDATE\s+|DELETE\s+FROM\s+)["'`\\]*"?(Subscription|SubscribeEvent)"?\b/i;

export function writersOf(roots: string[]): string[] {
  return roots.flatMap(files).filter((f) => {
    const src = readFileSync(f, "utf8");
    return WRITES.test(src) || RAW.test(src.replace(/\s+/g, " "));
  });
}

describe("table ownership", () => {
  it("only lib/subscriptions writes Subscription and SubscribeEvent", () => {
    const writers = writersOf(["lib", "app", "components", "scripts"]).map((f) => f.split(path.sep).join("/"));
    expect(writers.filter((f) => !f.startsWith("lib/subscriptions/"))).toEqual([]);
    expect(writers).toEqual(expect.arrayContaining(["lib/subscriptions/state.ts", "lib/subscriptions/transitions.ts"]));
  });

  it("the check sees a violation (Prisma call and raw SQL)", () => {
    expect(WRITES.test("await tx.subscription.update({ where })")).toBe(true);
    expect(WRITES.test("await db.subscribeEvent.createMany({ data })")).toBe(true);
    expect(RAW.test('await bulkInsert( tx, "Subscription", cols, rows)')).toBe(true);
    expect(RAW.test('INSERT INTO "SubscribeEvent" ("id") VALUES')).toBe(true);
    expect(WRITES.test("await tx.subscription.findMany({ where })")).toBe(false);
  });
});
