// Send rates: every rate over delivered recipients (submitted minus reported bounces); opens count
// people only, machine-only openers apart; nothing delivered → no rate rather than a division by zero.
import { describe, expect, it } from "vitest";
import { computeRates } from "@/lib/sends/results";

describe("computeRates", () => {
  it("divides people opens, clicks and unsubscribes by delivered, machine opens apart", () => {
    const r = computeRates({ submitted: 200, bounced: 10, openers: 95, machineOnlyOpeners: 40, clickers: 19, unsubscribes: 2 });
    expect(r.delivered).toBe(190);
    expect(r.openRate).toBeCloseTo(0.5);
    expect(r.clickRate).toBeCloseTo(0.1);
    expect(r.unsubscribeRate).toBeCloseTo(2 / 190);
    expect(r.bounceRate).toBeCloseTo(0.05);
    expect(r.machineOnlyOpeners).toBe(40);
  });

  it("gives no rate when nothing was delivered, and never more than 100%", () => {
    expect(computeRates({ submitted: 0, bounced: 0, openers: 0, machineOnlyOpeners: 0, clickers: 0, unsubscribes: 0 }).openRate).toBeNull();
    expect(computeRates({ submitted: 3, bounced: 3, openers: 1, machineOnlyOpeners: 0, clickers: 0, unsubscribes: 0 }).openRate).toBeNull();
    expect(computeRates({ submitted: 2, bounced: 0, openers: 5, machineOnlyOpeners: 0, clickers: 0, unsubscribes: 0 }).openRate).toBe(1);
  });
});
