// Magic-link sign-in around next-auth: issuing links and codes (rate limited, invite mode, outbox
// mail), checking typed codes (attempt counting, lockout with backoff) and the session cookie.
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { normalizeEmail } from "../shared/email";
import { hashSignInCode, memberAdapter, signInCodeFor } from "./adapter";
import { db } from "../server/db";
import { env } from "../server/env";
import { enqueueEmail, wakeOutbox } from "../mail/outbox";
import { consumeRateLimit, consumeRateLimits } from "../server/rate-limit";

// Lockout state lives in RateLimitBucket rows too (a key, a count, an end time).
async function peekBucket(key: string): Promise<{ count: number; resetAt: Date } | null> {
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true, resetAt: true } });
  return row && row.resetAt > new Date() ? row : null;
}
async function setBucket(key: string, count: number, resetAt: Date): Promise<void> {
  await db.rateLimitBucket.upsert({ where: { key }, create: { key, count, resetAt }, update: { count, resetAt } });
}
async function clearBucket(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;
export const MAX_CODE_ATTEMPTS = 5;
const LOCK_BASE_MS = 5 * 60_000;
const LOCK_MAX_MS = 24 * 3600_000;

/** next-auth v4 stores sha256(token + secret); the callback hashes the same way to find the row. */
export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${env.AUTH_SECRET}`).digest("hex");
}

/** Only same-site paths: an open redirect in a sign-in link would be a phishing tool. */
export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw) return "/";
  try {
    const u = new URL(raw, env.APP_URL);
    if (u.origin !== new URL(env.APP_URL).origin) return "/";
    // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another
    // host: collapse leading slashes and backslashes to one.
    const path = u.pathname.replace(/^[/\\]+/, "/");
    return `${path}${u.search}${u.hash}`;
  } catch {
    return "/";
  }
}

/** The page the emailed link opens: it shows a button, so a GET by a mail scanner uses nothing. */
export function landingUrl(identifier: string, token: string, callbackUrl: string): string {
  const params = new URLSearchParams({ token, email: identifier, callbackUrl: safeCallbackUrl(callbackUrl) });
  return `${env.APP_URL}/signin/verify?${params}`;
}

async function mayReceiveSignIn(identifier: string): Promise<boolean> {
  if (env.SIGNUP_MODE === "open") return true;
  const known = await db.member.findUnique({ where: { email: identifier }, select: { id: true } });
  return Boolean(known);
}

/**
 * Writes the sign-in mail (link + code) into the outbox. Called by next-auth's EmailProvider
 * (`sendVerificationRequest`) and by our own request path. Invite mode: unknown addresses get
 * nothing, and the caller answers exactly as if they had.
 */
export async function sendSignInEmail({ identifier, token, callbackUrl }: { identifier: string; token: string; callbackUrl: string }): Promise<void> {
  const email = normalizeEmail(identifier);
  if (!(await mayReceiveSignIn(email))) return;
  const code = signInCodeFor(hashVerificationToken(token));
  await db.$transaction((tx) =>
    enqueueEmail(tx, email, "sign-in", { url: landingUrl(email, token, callbackUrl), code, expiresMinutes: env.MAGIC_LINK_TTL_MINUTES }),
  );
  wakeOutbox();
}

export type SignInRequestResult = { ok: true } | { ok: false; reason: "rate_limited" };

/** Counts a sign-in request against the per-IP and per-address limits. */
export async function checkSignInRateLimit(identifier: string, ip: string): Promise<boolean> {
  const results = await consumeRateLimits(
    [
      { key: `signin:ip:${ip}`, limit: env.RATE_LIMIT_SIGNIN_PER_IP },
      { key: `signin:email:${normalizeEmail(identifier)}`, limit: env.RATE_LIMIT_SIGNIN_PER_EMAIL },
    ],
    env.RATE_LIMIT_WINDOW_SECONDS,
  );
  return results.every((r) => r.ok);
}

/**
 * Issues a sign-in link and code for an address. The answer never says whether the address is
 * known: unknown addresses in invite mode get the same `{ ok: true }` and no mail.
 */
export async function requestSignIn(rawEmail: string, callbackUrl: string, ip: string): Promise<SignInRequestResult> {
  const identifier = normalizeEmail(rawEmail);
  if (!(await checkSignInRateLimit(identifier, ip))) return { ok: false, reason: "rate_limited" };
  if (!(await mayReceiveSignIn(identifier))) return { ok: true };
  const token = randomBytes(32).toString("hex");
  const hashed = hashVerificationToken(token);
  const expires = new Date(Date.now() + env.MAGIC_LINK_TTL_MINUTES * 60_000);
  const code = signInCodeFor(hashed);
  // The token row and its mail commit together: no mail for a token that does not exist.
  await db.$transaction(async (tx) => {
    await tx.verificationToken.create({ data: { identifier, token: hashed, expires, codeHash: hashSignInCode(identifier, code) } });
    await enqueueEmail(tx, identifier, "sign-in", { url: landingUrl(identifier, token, callbackUrl), code, expiresMinutes: env.MAGIC_LINK_TTL_MINUTES });
  });
  wakeOutbox();
  return { ok: true };
}

export type CodeResult =
  | { ok: true; sessionToken: string; expires: Date; callbackUrl: string }
  | { ok: false; reason: "invalid" | "locked" | "rate_limited"; retryAfterMinutes?: number };

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks a typed 6-digit code. Five wrong codes for an address lock codes out (links keep working)
 * for 5 minutes, doubling with each lockout in a day, and void the outstanding codes.
 */
export async function verifySignInCode(rawEmail: string, code: string, callbackUrl: string, ip: string, userAgent?: string): Promise<CodeResult> {
  const identifier = normalizeEmail(rawEmail);
  const byIp = await consumeRateLimit(`signin-code:ip:${ip}`, Math.max(60, env.RATE_LIMIT_SIGNIN_PER_IP * 3), env.RATE_LIMIT_WINDOW_SECONDS);
  if (!byIp.ok) return { ok: false, reason: "rate_limited" };
  const lock = await peekBucket(`signin-lock:${identifier}`);
  if (lock) return { ok: false, reason: "locked", retryAfterMinutes: Math.ceil((lock.resetAt.getTime() - Date.now()) / 60_000) };

  const now = new Date();
  const candidates = await db.verificationToken.findMany({
    where: { identifier, expires: { gt: now }, codeHash: { not: null } },
    select: { token: true, codeHash: true },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  const given = hashSignInCode(identifier, code);
  const match = candidates.find((c) => c.codeHash && sameHash(c.codeHash, given));

  if (!match) {
    await db.verificationToken.updateMany({ where: { identifier }, data: { attempts: { increment: 1 } } });
    const fails = await consumeRateLimit(`signin-code-fail:${identifier}`, MAX_CODE_ATTEMPTS - 1, env.MAGIC_LINK_TTL_MINUTES * 60);
    if (!fails.ok) {
      const prev = await peekBucket(`signin-lockouts:${identifier}`);
      const n = (prev?.count ?? 0) + 1;
      await setBucket(`signin-lockouts:${identifier}`, n, prev?.resetAt ?? new Date(Date.now() + 24 * 3600_000));
      const ms = Math.min(LOCK_BASE_MS * 2 ** (n - 1), LOCK_MAX_MS);
      await setBucket(`signin-lock:${identifier}`, 1, new Date(Date.now() + ms));
      await clearBucket(`signin-code-fail:${identifier}`);
      await db.verificationToken.updateMany({ where: { identifier }, data: { codeHash: null } });
      return { ok: false, reason: "locked", retryAfterMinutes: Math.ceil(ms / 60_000) };
    }
    return { ok: false, reason: "invalid" };
  }

  // Whoever deletes the row owns the sign-in: a code (or its link) works once.
  const used = await db.verificationToken.deleteMany({ where: { token: match.token } });
  if (used.count !== 1) return { ok: false, reason: "invalid" };
  await clearBucket(`signin-code-fail:${identifier}`);

  let member = await db.member.findUnique({ where: { email: identifier }, select: { id: true } });
  if (!member) {
    if (env.SIGNUP_MODE !== "open") return { ok: false, reason: "invalid" };
    member = await db.member.upsert({ where: { email: identifier }, create: { email: identifier, emailVerified: now }, update: {}, select: { id: true } });
  }
  const session = await createSessionFor(member.id, userAgent);
  return { ok: true, ...session, callbackUrl: safeCallbackUrl(callbackUrl) };
}

/** A database session exactly as next-auth's callback would write it. */
export async function createSessionFor(memberId: string, userAgent?: string): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, memberId, expires, userAgent: userAgent?.slice(0, 300) ?? null } });
  await db.member.update({ where: { id: memberId }, data: { lastSeenAt: new Date(), emailVerified: new Date() } });
  return { sessionToken, expires };
}

/**
 * Confirming a subscription proves the address as a sign-in link does: the reader gets a session on
 * the confirming device, written through next-auth's adapter exactly as its email callback would.
 * Staff are not signed in this way (their sessions come only from a sign-in link or code, which
 * expire in minutes, not the confirmation's hours). Null when no session was started.
 */
export async function createSessionForConfirmedSubscriber(memberId: string, userAgent?: string): Promise<{ sessionToken: string; expires: Date } | null> {
  const m = await db.member.findUnique({ where: { id: memberId }, select: { role: true } });
  if (!m || m.role !== "reader") return null;
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const adapter = memberAdapter();
  if (!adapter.createSession) throw new Error("the adapter cannot create sessions");
  await adapter.createSession({ sessionToken, userId: memberId, expires });
  await recordSessionUserAgent(sessionToken, userAgent ?? null);
  return { sessionToken, expires };
}

/**
 * Where a reader who subscribed from a page returns once confirmed on the same device: a same-site
 * path kept in a short-lived cookie (the confirmation link itself carries nothing but its token).
 */
export const RETURN_PATH_COOKIE = "wo-return-to";
export const RETURN_PATH_MAX_AGE_SECONDS = 2 * 24 * 3600;

/** A same-site path to return to, or null for none ("/" and anything foreign count as none). */
export function returnPathFrom(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 500) return null;
  const safe = safeCallbackUrl(raw);
  return safe === "/" ? null : safe;
}

/** Name and options of the session cookie, as next-auth v4 chooses them from NEXTAUTH_URL. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = env.APP_URL.startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

export async function deleteSessionByToken(sessionToken: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** Notes the browser of a session next-auth just created (for the account page's session list). */
export async function recordSessionUserAgent(sessionToken: string, userAgent: string | null): Promise<void> {
  if (!userAgent) return;
  await db.session.updateMany({ where: { sessionToken, userAgent: null }, data: { userAgent: userAgent.slice(0, 300) } });
}
