// Claiming a send batch: which worker sends which slice of a running send, with a lease renewed by a
// heartbeat. Owns EmailBatch.status pending → submitting (and the take-over of an expired lease).
import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { db, isPostgres } from "../server/db";
import { env } from "../server/env";

export type ClaimedBatch = { id: string; emailId: string };

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export const leaseMs = () => env.SEND_LEASE_SECONDS * 1000;

/** Claims one batch of a running send (or takes over one whose lease expired). */
export async function claimSendBatch(workerId: string, now = new Date()): Promise<ClaimedBatch | null> {
  const stale = new Date(now.getTime() - leaseMs());
  let claimed: ClaimedBatch | null = null;
  if (isPostgres) {
    // Several worker processes share a send: SKIP LOCKED hands each one a different batch.
    const rows = await db.$queryRaw<ClaimedBatch[]>`
      UPDATE "EmailBatch" SET "status" = 'submitting', "claimedAt" = ${now}, "claimedBy" = ${workerId},
        "attempts" = "attempts" + 1, "updatedAt" = ${now}
      WHERE "id" = (
        SELECT b."id" FROM "EmailBatch" b JOIN "Email" e ON e."id" = b."emailId"
        WHERE e."status" = 'sending' AND (
          (b."status" = 'pending' AND (b."notBefore" IS NULL OR b."notBefore" <= ${now}))
          OR (b."status" = 'submitting' AND b."claimedAt" < ${stale}))
        ORDER BY b."createdAt" LIMIT 1
        FOR UPDATE OF b SKIP LOCKED)
      RETURNING "id", "emailId"`;
    claimed = rows[0] ?? null;
  } else {
    // SQLite: one writer at a time; a conditional update is the claim.
    const where = {
      email: { status: "sending" as const },
      OR: [
        { status: "pending" as const, OR: [{ notBefore: null }, { notBefore: { lte: now } }] },
        { status: "submitting" as const, claimedAt: { lt: stale } },
      ],
    };
    const candidate = await db.emailBatch.findFirst({ where, orderBy: { createdAt: "asc" }, select: { id: true, emailId: true } });
    if (candidate) {
      const r = await db.emailBatch.updateMany({
        where: { id: candidate.id, ...where },
        data: { status: "submitting", claimedAt: now, claimedBy: workerId, attempts: { increment: 1 } },
      });
      if (r.count === 1) claimed = candidate;
    }
  }
  if (claimed) {
    // Anything still `sending` here was in flight when the previous claimant died: it may or may
    // not have been accepted, so it is never sent again automatically.
    await db.emailRecipient.updateMany({
      where: { batchId: claimed.id, status: "sending" },
      data: { status: "uncertain", lastError: "in flight when a worker stopped; not re-sent automatically" },
    });
  }
  return claimed;
}

/** Renews the claim every quarter lease while the batch is being sent; returns the stop function. */
export function keepLease(batch: ClaimedBatch, workerId: string): () => void {
  const timer = setInterval(() => {
    void db.emailBatch.updateMany({ where: { id: batch.id, claimedBy: workerId, status: "submitting" }, data: { claimedAt: new Date() } }).catch(() => {});
  }, Math.max(250, leaseMs() / 4));
  return () => clearInterval(timer);
}
