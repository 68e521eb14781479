// Magic-link sign-in: the adapter speaks next-auth's token hashing, links and codes work once,
// expire, lock out after repeated bad codes, respect invite mode and never reveal an address.
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { nextHeadersFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));

process.env.RATE_LIMIT_SIGNIN_PER_EMAIL = "3";
process.env.RATE_LIMIT_SIGNIN_PER_IP = "1000";
const { db } = await import("@/lib/server/db");
const { env } = await import("@/lib/server/env");
const { memberAdapter, signInCodeFor, hashSignInCode } = await import("@/lib/auth/adapter");
const { hashVerificationToken, requestSignIn, verifySignInCode, sendSignInEmail, safeCallbackUrl, landingUrl } = await import("@/lib/auth/signin");
const { unseal } = await import("@/lib/server/crypto");
// next-auth's own hashing, to prove the adapter and our code paths agree with its callback.
// (Not in the package's exports map: load the file itself.)
const { hashToken } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/lib/utils.js")) as {
  hashToken: (t: string, o: { provider: { secret?: string }; secret: string }) => string;
};

const DOMAIN = "@signin.unit.test";
const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function clean() {
  await db.verificationToken.deleteMany({ where: { identifier: { endsWith: DOMAIN } } });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: DOMAIN } } });
  await db.session.deleteMany({ where: { member: { email: { endsWith: DOMAIN } } } });
  await db.member.deleteMany({ where: { email: { endsWith: DOMAIN } } });
  await db.rateLimitBucket.deleteMany({ where: { key: { contains: DOMAIN } } });
}
beforeEach(clean);
afterAll(clean);

async function lastMail(to: string) {
  const row = await db.outboxMessage.findFirstOrThrow({ where: { to, template: "sign-in" }, orderBy: { createdAt: "desc" } });
  return JSON.parse(unseal(row.payload)) as { url: string; code: string; expiresMinutes: number };
}

describe("adapter", () => {
  it("hashes tokens exactly like next-auth's callback does", () => {
    expect(hashVerificationToken("abc")).toBe(hashToken("abc", { provider: {}, secret: env.AUTH_SECRET }));
  });

  it("a verification token works once, and only for its address", async () => {
    const a = memberAdapter();
    const email = `once${DOMAIN}`;
    const token = hashVerificationToken("t-once");
    await a.createVerificationToken!({ identifier: email, token, expires: new Date(Date.now() + 60_000) });
    const row = await db.verificationToken.findUniqueOrThrow({ where: { token } });
    expect(row.codeHash).toBe(hashSignInCode(email, signInCodeFor(token)));
    expect(await a.useVerificationToken!({ identifier: `other${DOMAIN}`, token })).toBeNull();
    expect(await a.useVerificationToken!({ identifier: email, token })).toMatchObject({ identifier: email });
    expect(await a.useVerificationToken!({ identifier: email, token })).toBeNull();
  });

  it("maps next-auth's User onto Member and sessions onto Session", async () => {
    const a = memberAdapter();
    const user = await a.createUser!({ email: `New.Person${DOMAIN}`.toUpperCase(), emailVerified: new Date() } as never);
    expect(user.email).toBe(`new.person${DOMAIN}`);
    const m = await db.member.findUniqueOrThrow({ where: { id: user.id } });
    expect(m.role).toBe("reader");
    expect(m.membershipTier).toBe("free");
    expect((await a.getUserByEmail!(`NEW.person${DOMAIN}`))?.id).toBe(user.id);
    await a.createSession!({ sessionToken: "s-adapter-1", userId: user.id, expires: new Date(Date.now() + 60_000) });
    expect((await a.getSessionAndUser!("s-adapter-1"))?.user.id).toBe(user.id);
    await a.deleteSession!("s-adapter-1");
    expect(await a.getSessionAndUser!("s-adapter-1")).toBeNull();
  });
});

describe("requesting a link", () => {
  it("mails a link to our landing page and a 6-digit code; stores only hashes", async () => {
    const email = `reader${DOMAIN}`;
    expect(await requestSignIn(email, "/articles/x#section-1", ip())).toEqual({ ok: true });
    const mail = await lastMail(email);
    expect(mail.code).toMatch(/^\d{6}$/);
    const url = new URL(mail.url);
    expect(url.pathname).toBe("/signin/verify");
    expect(url.searchParams.get("callbackUrl")).toBe("/articles/x#section-1");
    const token = url.searchParams.get("token")!;
    const row = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(row.token).toBe(hashVerificationToken(token));
    expect(row.token).not.toContain(token);
    expect(row.codeHash).not.toContain(mail.code);
    expect(row.expires.getTime() - Date.now()).toBeLessThanOrEqual(env.MAGIC_LINK_TTL_MINUTES * 60_000);
  });

  it("rate limits per address", async () => {
    const email = `busy${DOMAIN}`;
    for (let i = 0; i < 3; i++) expect((await requestSignIn(email, "/", ip())).ok).toBe(true);
    expect(await requestSignIn(email, "/", ip())).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("never sends callback URLs off-site", () => {
    expect(safeCallbackUrl("https://evil.example/x")).toBe("/");
    expect(safeCallbackUrl("//evil.example/x")).toBe("/");
    expect(safeCallbackUrl("/account?x=1#y")).toBe("/account?x=1#y");
    expect(new URL(landingUrl("a@b.c", "t", "https://evil.example")).searchParams.get("callbackUrl")).toBe("/");
  });

  it("invite mode: an unknown address gets the same answer and no mail", async () => {
    const before = env.SIGNUP_MODE;
    env.SIGNUP_MODE = "invite";
    try {
      const email = `stranger${DOMAIN}`;
      expect(await requestSignIn(email, "/", ip())).toEqual({ ok: true });
      await sendSignInEmail({ identifier: email, token: "x".repeat(64), callbackUrl: "/" });
      expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
      expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
      const known = `known${DOMAIN}`;
      await db.member.create({ data: { email: known } });
      expect(await requestSignIn(known, "/", ip())).toEqual({ ok: true });
      expect(await db.outboxMessage.count({ where: { to: known } })).toBe(1);
    } finally {
      env.SIGNUP_MODE = before;
    }
  });
});

describe("typing the code", () => {
  it("signs in once, creating a reader for a new address (open mode)", async () => {
    const email = `coder${DOMAIN}`;
    await requestSignIn(email, "/archive/1#section-abc", ip());
    const { code } = await lastMail(email);
    const r = await verifySignInCode(email, code, "/archive/1#section-abc", ip(), "UnitTest/1.0");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.callbackUrl).toBe("/archive/1#section-abc");
    const session = await db.session.findUniqueOrThrow({ where: { sessionToken: r.sessionToken }, include: { member: true } });
    expect(session.member.email).toBe(email);
    expect(session.member.role).toBe("reader");
    expect(session.userAgent).toBe("UnitTest/1.0");
    // The code, and the link that came with it, are spent.
    expect((await verifySignInCode(email, code, "/", ip())).ok).toBe(false);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  });

  it("refuses an expired code", async () => {
    const email = `late${DOMAIN}`;
    await requestSignIn(email, "/", ip());
    const { code } = await lastMail(email);
    await db.verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await verifySignInCode(email, code, "/", ip())).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks codes out after five wrong ones, with growing backoff", async () => {
    const email = `guesser${DOMAIN}`;
    await requestSignIn(email, "/", ip());
    const { code } = await lastMail(email);
    const wrong = code === "000000" ? "000001" : "000000";
    for (let i = 0; i < 4; i++) expect(await verifySignInCode(email, wrong, "/", ip())).toEqual({ ok: false, reason: "invalid" });
    const fifth = await verifySignInCode(email, wrong, "/", ip());
    expect(fifth).toMatchObject({ ok: false, reason: "locked", retryAfterMinutes: 5 });
    // Locked: even the right code is refused now, and the outstanding code was voided.
    expect(await verifySignInCode(email, code, "/", ip())).toMatchObject({ ok: false, reason: "locked" });
    expect((await db.verificationToken.findFirstOrThrow({ where: { identifier: email } })).codeHash).toBeNull();
    // Second lockout in a day lasts twice as long.
    await db.rateLimitBucket.deleteMany({ where: { key: `signin-lock:${email}` } });
    await requestSignIn(email, "/", ip());
    for (let i = 0; i < 4; i++) await verifySignInCode(email, wrong, "/", ip());
    expect(await verifySignInCode(email, wrong, "/", ip())).toMatchObject({ ok: false, reason: "locked", retryAfterMinutes: 10 });
  });
});
