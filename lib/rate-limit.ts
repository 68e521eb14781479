// Fixed-window rate limits kept in the database (RateLimitBucket), so every web instance shares them.
import "server-only";
import { db } from "./db";

export type RateLimitResult = { ok: boolean; count: number; limit: number; resetAt: Date; retryAfterSeconds: number };

/**
 * Counts one hit on `key` and says whether it is within `limit` per `windowSeconds`. One atomic
 * statement (INSERT … ON CONFLICT … RETURNING, on SQLite and PostgreSQL), so concurrent requests and
 * several instances cannot both slip under the limit.
 */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const now = new Date();
  const reset = new Date(now.getTime() + windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number | bigint; resetAt: Date | string }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, 1, ${reset})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${now} THEN ${reset} ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  const count = Number(row?.count ?? 1);
  const resetAt = row ? new Date(row.resetAt) : reset;
  return { ok: count <= limit, count, limit, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)) };
}

/** Deletes expired buckets (run by the worker now and then). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const r = await db.rateLimitBucket.deleteMany({ where: { resetAt: { lte: now } } });
  return r.count;
}
