// Rate limits: fixed-window counters in the RateLimitBucket table, shared by every web instance.
import "server-only";
import { env } from "./env";
import { db } from "./db";

export type RateLimitResult = { ok: boolean; remaining: number; resetAt: Date };

/**
 * Counts one hit against `key` and says whether it is within `limit` per `windowSeconds`.
 * Fixed window: the first hit after a window ends starts a new one.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const now = new Date();
  const fresh = new Date(now.getTime() + windowSeconds * 1000);
  // Start a new window when the old one is over (or none exists), then count the hit atomically.
  await db.rateLimitBucket.deleteMany({ where: { key, resetAt: { lte: now } } });
  let bucket: { count: number; resetAt: Date };
  try {
    bucket = await db.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: 1, resetAt: fresh },
      update: { count: { increment: 1 } },
      select: { count: true, resetAt: true },
    });
  } catch {
    // Two first hits raced on create: the row exists now, so increment it.
    bucket = await db.rateLimitBucket.update({ where: { key }, data: { count: { increment: 1 } }, select: { count: true, resetAt: true } });
  }
  return { ok: bucket.count <= limit, remaining: Math.max(0, limit - bucket.count), resetAt: bucket.resetAt };
}

/** Reads a bucket without counting a hit. */
export async function peekRateLimit(key: string): Promise<{ count: number; resetAt: Date } | null> {
  const row = await db.rateLimitBucket.findUnique({ where: { key }, select: { count: true, resetAt: true } });
  return row && row.resetAt > new Date() ? row : null;
}

/** Sets a bucket outright (used for lockouts whose length grows with each offence). */
export async function setRateLimitBucket(key: string, count: number, resetAt: Date): Promise<void> {
  await db.rateLimitBucket.upsert({ where: { key }, create: { key, count, resetAt }, update: { count, resetAt } });
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/**
 * The client's IP, from the header TRUST_PROXY names. With no proxy, `next start` fills
 * X-Forwarded-For from the socket only when the client sent none, so a client can still pick its own
 * value there: per-IP limits are then best effort, and the per-address limits carry the weight.
 */
export function clientIp(headers: Headers): string {
  const h = env.TRUST_PROXY === "none" ? "x-forwarded-for" : env.TRUST_PROXY;
  const raw = headers.get(h);
  if (!raw) return "unknown";
  // X-Forwarded-For: the proxy appends the address it saw last.
  const parts = raw.split(",").map((p) => p.trim()).filter(Boolean);
  return (h === "x-forwarded-for" ? parts[parts.length - 1] : parts[0]) ?? "unknown";
}
