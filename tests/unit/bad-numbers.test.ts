// Unvalidated numbers never reach the database (issue 10, finding 10): huge, negative, exponent or
// fractional numbers in a path or a page parameter are "not found" / page 1, never a 500.
import { describe, expect, it } from "vitest";
import { parsePage } from "@/lib/shared/pagination";

const { GET } = await import("@/app/api/members-content/issues/[number]/sections/[id]/route");

describe("numbers from URLs", () => {
  it.each(["99999999999999999999", "1e300", "-1", "0", "1.5", "0x10", " 1", "NaN", "Infinity"])("issue number %j is a 404", async (number) => {
    const res = await GET(new Request("http://127.0.0.1/x"), { params: Promise.resolve({ number, id: "anything" }) });
    expect(res.status).toBe(404);
  });

  it.each(["1e300", "99999999999999999999", "-3", "2.5", "abc"])("page %j is refused by parsePage (the admin lists fall back to page 1)", (raw) => {
    expect(parsePage(raw)).toBeNull();
  });

  it("accepts ordinary pages", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(undefined)).toBe(1);
  });
});
