// Issue 10, finding 11: next-auth answered 500 to a non-URL callbackUrl, and a junk
// next-auth.callback-url cookie made every next-auth endpoint fail in that browser.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

// next-auth reads cookies and headers through next/headers (a CommonJS require at call time), i.e.
// from the request Next received: stand in for Next's request scope with the request under test.
let incoming = new Headers();
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.cookies = async () => {
  const all = (incoming.get("cookie") ?? "").split(/;\s*/).filter(Boolean).map((p) => ({ name: p.slice(0, p.indexOf("=")), value: p.slice(p.indexOf("=") + 1) }));
  return { getAll: () => all, get: (n: string) => all.find((c) => c.name === n), has: (n: string) => all.some((c) => c.name === n) };
};
nextHeaders.headers = async () => incoming;

const { dropJunkCallbackCookie } = await import("@/lib/auth/callback-cookie");
const { installSocketIpStamp } = await import("@/lib/server/socket-ip");
const auth = await import("@/app/api/auth/[...nextauth]/route");

const INTERNAL = "http://localhost:9999";
const ctx = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });
const JUNK = ["next-auth.callback-url=not%20a%20url", "next-auth.callback-url=%E0%A4%A", "__Secure-next-auth.callback-url=javascript%3Aalert(1)"];

async function call(path: string, cookie?: string) {
  incoming = new Headers(cookie ? { cookie } : {});
  const url = `${INTERNAL}${path}`;
  const parts = new URL(url).pathname.replace(/^\/api\/auth\//, "").split("/");
  return auth.GET(new NextRequest(url, { headers: incoming }), ctx(...parts));
}

describe("callbackUrl query", () => {
  it("a value that is not a URL is no 500, and never leads off the site", async () => {
    for (const cb of ["not a url", "http://[::1", "%", "javascript:alert(1)", "//evil.example", "https://evil.example/x"]) {
      const res = await call(`/api/auth/signin?callbackUrl=${encodeURIComponent(cb)}`);
      expect(res.status, cb).toBeLessThan(500);
      expect(res.headers.get("location") ?? "", cb).not.toMatch(/evil\.example|javascript/);
    }
  });
});

describe("callback-url cookie", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installSocketIpStamp();
    server = http.createServer((req, res) => res.end(req.headers.cookie ?? ""));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("the HTTP gate drops a junk one before Next reads the request, and keeps every other cookie", async () => {
    for (const junk of JUNK) {
      const sent = `a=1; ${junk}; next-auth.session-token=abc`;
      const seen = await fetch(`http://127.0.0.1:${port}/api/auth/session`, { headers: { cookie: sent } }).then((r) => r.text());
      expect(seen, junk).toBe("a=1; next-auth.session-token=abc");
    }
    const good = "next-auth.callback-url=http%3A%2F%2F127.0.0.1%3A3100%2Faccount";
    expect(await fetch(`http://127.0.0.1:${port}/`, { headers: { cookie: good } }).then((r) => r.text())).toBe(good);
    expect(dropJunkCallbackCookie("next-auth.callback-url=%2Faccount")).toBeNull();
    expect(dropJunkCallbackCookie(undefined)).toBeNull();
  });

  it("with what the gate lets through, next-auth's endpoints answer (a junk cookie no longer blocks sign-in)", async () => {
    for (const junk of JUNK) {
      const cleaned = dropJunkCallbackCookie(junk);
      expect(cleaned, junk).not.toBeNull();
      for (const path of ["/api/auth/csrf", "/api/auth/session", "/api/auth/providers", "/api/auth/signin"]) {
        const res = await call(path, cleaned!);
        expect(res.status, `${junk} ${path}`).toBeLessThan(500);
      }
    }
  });
});
