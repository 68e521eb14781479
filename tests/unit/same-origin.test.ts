// Same-origin checks for uploads (issue 10, finding 15): an opaque `Origin: null` or a malformed Origin
// is a refusal (403 at the route), never a thrown 500.
import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/server/site-url";
import { env } from "@/lib/server/env";

const app = new URL(env.APP_URL);

describe("isSameOriginRequest", () => {
  it.each([
    [{ origin: "null" }, false],
    [{ origin: "not a url" }, false],
    [{ origin: "https://evil.example", host: app.host }, false],
    [{ "sec-fetch-site": "cross-site", origin: app.origin }, false],
    [{ origin: app.origin }, true],
    [{ origin: "http://internal:3000", host: "internal:3000" }, true],
    [{}, true],
  ] as const)("%j → %s", (headers, expected) => {
    expect(isSameOriginRequest(new Headers(headers as Record<string, string>))).toBe(expected);
  });
});
