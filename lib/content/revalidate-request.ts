// Revalidation across processes: a worker (or any process outside Next's request scope) asks each
// web instance to revalidate the pages that show some content, through an authenticated internal
// route (app/api/internal/revalidate). The token is an HMAC of AUTH_SECRET, shared by all processes.
import "server-only";
import { z } from "zod";
import { sign, verifySignature } from "../server/crypto";
import { env } from "../server/env";

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);
export const RevalidationTargetSchema = z
  .object({
    articles: z.array(Slug).max(500).default([]),
    issues: z.array(z.number().int().min(1).max(9_999_999)).max(500).default([]),
    authors: z.array(Slug).max(500).default([]),
    topics: z.array(Slug).max(500).default([]),
    lists: z.boolean().default(false),
  })
  .strict();
export type RevalidationTarget = z.input<typeof RevalidationTargetSchema>;

const PURPOSE = "revalidate";

export function revalidationToken(): string {
  return sign(PURPOSE, "v1");
}

export function isRevalidationAuthorized(authorization: string | null): boolean {
  const m = /^Bearer ([A-Za-z0-9_-]{1,100})$/.exec(authorization ?? "");
  return Boolean(m?.[1] && verifySignature(PURPOSE, "v1", m[1]));
}

export function revalidationUrls(): string[] {
  const list = (env.REVALIDATE_URLS ?? env.APP_URL).split(",").map((u) => u.trim().replace(/\/$/, "")).filter(Boolean);
  return [...new Set(list)];
}

/**
 * Asks every web instance (REVALIDATE_URLS, default APP_URL) to revalidate `target`. Returns the
 * instances that did not confirm (unreachable, or refused): the caller logs them; their pages
 * still expire by time (5 minutes).
 */
export async function requestRevalidation(target: RevalidationTarget, urls = revalidationUrls()): Promise<string[]> {
  const body = JSON.stringify(RevalidationTargetSchema.parse(target));
  const failed: string[] = [];
  await Promise.all(
    urls.map(async (base) => {
      try {
        const res = await fetch(`${base}/api/internal/revalidate`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${revalidationToken()}` },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        if (!res.ok) failed.push(base);
      } catch {
        failed.push(base);
      }
    }),
  );
  return failed;
}
