// Issue 10, finding 16: subscribe answers for new and known addresses take the same time. The floor
// (lib/server/timing-floor.ts) is checked here as arithmetic, not with a clock; the figure comes from
// `npm run bench:subscribe-timing`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTimingFloor } from "@/lib/server/timing-floor";

describe("the timing floor", () => {
  it("waits nothing until it has enough samples", () => {
    const f = createTimingFloor({ minSamples: 4 });
    expect([f.waitFor(5), f.waitFor(5), f.waitFor(5)]).toEqual([0, 0, 0]);
  });

  it("brings a fast (known-address) answer up to the recent p90 of all answers; slow ones wait nothing", () => {
    const f = createTimingFloor({ window: 100, minSamples: 10 });
    for (let i = 1; i <= 99; i++) f.waitFor(i); // 1…99 ms
    const wait = f.waitFor(2);
    expect(wait).toBeGreaterThan(80);
    expect(2 + wait).toBeCloseTo(90, 0);
    expect(f.waitFor(95)).toBe(0);
  });

  it("is capped, forgets old samples and ignores nonsense", () => {
    const f = createTimingFloor({ window: 20, minSamples: 5, maxMs: 50 });
    for (let i = 0; i < 20; i++) f.waitFor(1000);
    expect(f.waitFor(0)).toBe(50);
    for (let i = 0; i < 20; i++) f.waitFor(1);
    expect(f.waitFor(1)).toBe(0);
    expect(f.waitFor(Number.NaN)).toBe(0);
    expect(f.waitFor(-5)).toBe(0);
  });

  it("is what every accepted signup waits on, new or known", () => {
    const src = readFileSync("lib/subscriptions/state.ts", "utf8");
    const body = src.slice(src.indexOf("export async function requestSubscription"), src.indexOf("// ─────────────── confirmation"));
    expect(body).toMatch(/const started = performance\.now\(\);\s*await subscribe\(/);
    expect(body).toMatch(/await answerNoSoonerThanUsual\(performance\.now\(\) - started\);\s*return \{ ok: true \};/);
  });
});
