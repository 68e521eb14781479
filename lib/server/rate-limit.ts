// Fixed-window rate limits kept in the database (RateLimitBucket), so every web instance shares them.
import "server-only";
import { db } from "./db";
import { Prisma } from "../generated/sqlite/client";

const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrune = Date.now();

export type RateLimitResult = { ok: boolean; count: number; limit: number; resetAt: Date; retryAfterSeconds: number };

/**
 * Counts one hit on `key` and says whether it is within `limit` per `windowSeconds`. One atomic
 * statement (INSERT … ON CONFLICT … RETURNING, on SQLite and PostgreSQL), so concurrent requests and
 * several instances cannot both slip under the limit.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const [r] = await consumeRateLimits([{ key, limit }], windowSeconds);
  return r!;
}

/** Several buckets (e.g. per IP and per address) in one statement; results in the order given. */
export async function consumeRateLimits(buckets: { key: string; limit: number }[], windowSeconds: number): Promise<RateLimitResult[]> {
  const now = new Date();
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    // Expired buckets are reset in place when hit again; this only keeps the table from growing.
    lastPrune = now.getTime();
    pruneRateLimits(now).catch((e: Error) => console.error("[rate-limit] prune failed:", e.message));
  }
  const reset = new Date(now.getTime() + windowSeconds * 1000);
  const values = Prisma.join(buckets.map((b) => Prisma.sql`(${b.key}, 1, ${reset})`));
  const rows = await db.$queryRaw<{ key: string; count: number | bigint; resetAt: Date | string }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${reset} ELSE "RateLimitBucket"."resetAt" END
    RETURNING "key", "count", "resetAt"`;
  return buckets.map((b) => {
    const row = rows.find((r) => r.key === b.key);
    const count = Number(row?.count ?? 1);
    const resetAt = row ? new Date(row.resetAt) : reset;
    return { ok: count <= b.limit, count, limit: b.limit, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)) };
  });
}

/** Deletes expired buckets (run by the worker now and then). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const r = await db.rateLimitBucket.deleteMany({ where: { resetAt: { lte: now } } });
  return r.count;
}
