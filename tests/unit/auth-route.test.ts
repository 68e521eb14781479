// Issue 10, findings 7 and 8: next-auth's email callback never signs in on GET (login CSRF), and
// redirects are built from APP_URL, not from the URL the request reached (behind a proxy).
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = "1";
const { db } = await import("@/lib/server/db");
const { env } = await import("@/lib/server/env");
const { hashVerificationToken, safeCallbackUrl } = await import("@/lib/auth/signin");
const auth = await import("@/app/api/auth/[...nextauth]/route");
const unsub = await import("@/app/api/unsubscribe/route");

const INTERNAL = "http://localhost:9999"; // what the app process sees behind a proxy
const ctx = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });

describe("next-auth route", () => {
  it("a GET on the email callback spends no token and sets no session: it lands on our button page", async () => {
    const email = "csrf-victim@auth-route.test";
    const token = "cd".repeat(32);
    await db.verificationToken.create({ data: { identifier: email, token: hashVerificationToken(token), expires: new Date(Date.now() + 600_000) } });
    const qs = new URLSearchParams({ token, email, callbackUrl: "/" }).toString();
    const res = await auth.GET(new NextRequest(`${INTERNAL}/api/auth/callback/email?${qs}`), ctx("callback", "email"));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${env.APP_URL}/signin/verify?${qs}`);
    expect(res.headers.getSetCookie().join(";")).not.toMatch(/session-token/);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    await db.verificationToken.deleteMany({ where: { identifier: email } });
  });

  it("the sign-in rate-limit redirect points at APP_URL", async () => {
    const email = `limited-${Date.now()}@auth-route.test`;
    const post = () =>
      auth.POST(
        new NextRequest(`${INTERNAL}/api/auth/signin/email`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email }).toString(),
        }),
        ctx("signin", "email"),
      );
    await post().catch(() => null); // the first one is next-auth's business (it wants a CSRF token)
    const res = await post();
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${env.APP_URL}/signin?error=RateLimited`);
    await db.rateLimitBucket.deleteMany({ where: { key: { contains: "@auth-route.test" } } });
  });
});

describe("unsubscribe route", () => {
  it("GET forwards to the page on APP_URL", async () => {
    const res = unsub.GET(new NextRequest(`${INTERNAL}/api/unsubscribe?m=a&n=b&s=c`));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${env.APP_URL}/unsubscribe?m=a&n=b&s=c`);
  });
});

describe("callback URLs", () => {
  it("only same-site paths survive, normalised (finding 4)", () => {
    for (const bad of ["/.//evil.example", "//evil.example", "/\\evil.example", "/\\/evil.example", "https://evil.example/", "/./\\//evil.example", "javascript:alert(1)"]) {
      const got = safeCallbackUrl(bad);
      expect(got.startsWith("/") && !/^[/\\]{2}/.test(got), `${bad} → ${got}`).toBe(true);
      expect(new URL(got, env.APP_URL).origin).toBe(new URL(env.APP_URL).origin);
    }
    expect(safeCallbackUrl("/account?tab=1")).toBe("/account?tab=1");
  });
});
