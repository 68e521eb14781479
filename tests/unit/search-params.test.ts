// Repeated query keys arrive as arrays; pages that want one value take the first (the admin articles
// list called `.trim()` on `?q=a&q=b` and answered 500 — found by the bad-input suite, tests/fuzz/).
import { describe, expect, it } from "vitest";
import { firstValues } from "@/lib/shared/search-params";

describe("firstValues", () => {
  it("takes the first of a repeated key and keeps single values and absences", () => {
    const sp = firstValues({ q: ["a", "b"], page: "2", status: undefined, empty: [] });
    expect(sp).toEqual({ q: "a", page: "2", status: undefined, empty: undefined });
    expect(sp.q?.trim()).toBe("a");
  });
});
