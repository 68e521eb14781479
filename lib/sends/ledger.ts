// The send ledger's writes: EmailRecipient status (pending/deferred → sending → submitted | deferred |
// failed | uncertain), suppressions for hard bounces, a batch's release, and a send's completion.
// The one place that decides retry delays and when a deferred recipient is given up.
import "server-only";
import { db } from "../server/db";
import { Prisma } from "../generated/sqlite/client";
import { env } from "../server/env";
import { exponentialBackoffMs } from "../worker/backoff";
import type { ClaimedBatch } from "./claim";
import type { Outcome } from "./deliver";
import { forgetPreparedSend, type Recipient } from "./prepare";

export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 10 * 60_000;

/** Delay before a deferred recipient's next attempt (SEND_RETRY_BASE_MS, doubling, capped at 10 min). */
export function retryDelayMs(attempts: number): number {
  return exponentialBackoffMs(attempts, env.SEND_RETRY_BASE_MS, MAX_BACKOFF_MS);
}

/** The recipients of a batch that are due: never sent, or deferred and past their backoff. */
export function dueRecipients(batchId: string, now = new Date()): Promise<Recipient[]> {
  return db.emailRecipient.findMany({
    where: { batchId, OR: [{ status: "pending" }, { status: "deferred", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] }] },
    orderBy: { id: "asc" },
    select: { id: true, address: true, name: true, memberId: true, variant: true, attempts: true },
  });
}

/**
 * Marks recipients `sending` in one statement that also checks the claim is still ours and the send
 * still running; it commits before they reach SMTP. Its result is the number marked.
 */
export function markSending(ids: string[], batch: ClaimedBatch, workerId: string) {
  return db.$executeRaw`UPDATE "EmailRecipient" SET "status" = 'sending'
    WHERE "id" IN (${Prisma.join(ids)}) AND "status" IN ('pending', 'deferred')
      AND EXISTS (SELECT 1 FROM "EmailBatch" b JOIN "Email" e ON e."id" = b."emailId"
        WHERE b."id" = ${batch.id} AND b."claimedBy" = ${workerId} AND b."status" = 'submitting' AND e."status" = 'sending')`;
}

/** Of these ids, those actually marked `sending` (after markSending marked fewer than asked). */
export async function stillSending(ids: string[]): Promise<Set<string>> {
  const rows = await db.emailRecipient.findMany({ where: { id: { in: ids }, status: "sending" }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/** The statements that record answered outcomes (run together with the next marks, one commit). */
export function outcomeWrites(outcomes: Outcome[], emailId: string, now: Date) {
  const ops = [];
  const submitted = outcomes.filter((o) => o.kind === "submitted").map((o) => o.id);
  if (submitted.length) {
    // The hot path in raw SQL: Prisma's query building cost more than the SQL itself here.
    ops.push(
      db.$executeRaw`UPDATE "EmailRecipient" SET "status" = 'submitted', "submittedAt" = ${now}, "attempts" = "attempts" + 1, "lastError" = NULL
        WHERE "id" IN (${Prisma.join(submitted)}) AND "status" IN ('sending', 'uncertain')`,
    );
  }
  for (const o of outcomes) {
    if (o.kind === "deferred") {
      const giveUp = o.countsAttempt && o.attempts >= MAX_ATTEMPTS;
      ops.push(
        db.emailRecipient.updateMany({
          where: { id: o.id, status: { in: ["sending", "uncertain"] } },
          data: giveUp
            ? { status: "failed", failedAt: now, lastError: o.error, attempts: o.attempts }
            : { status: "deferred", lastError: o.error, attempts: o.attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(Math.max(1, o.attempts))) },
        }),
      );
    } else if (o.kind === "failed") {
      ops.push(
        db.emailRecipient.updateMany({
          where: { id: o.id, status: { in: ["sending", "uncertain"] } },
          // A 550/551/553 at submission is a hard bounce in the results too, as if a DSN had said it.
          data: { status: "failed", failedAt: now, lastError: o.error, attempts: { increment: 1 }, ...(o.hardBounce ? { bounce: "hard" as const, bouncedAt: now } : {}) },
        }),
      );
      if (o.hardBounce) {
        ops.push(
          db.suppression.upsert({
            where: { email: o.address.toLowerCase() },
            create: { email: o.address.toLowerCase(), reason: "hard_bounce", detail: o.error.slice(0, 300), emailId },
            update: {},
          }),
        );
      }
    } else if (o.kind === "uncertain") {
      ops.push(db.emailRecipient.updateMany({ where: { id: o.id, status: "sending" }, data: { status: "uncertain", lastError: o.error } }));
    }
  }
  return ops;
}

/**
 * Ends this worker's claim on a batch: `submitted` when nobody is left, otherwise back to `pending`
 * (at once if the send was paused or cancelled, else when the earliest deferred recipient is due).
 */
export async function releaseBatch(batch: ClaimedBatch, workerId: string, stopped: boolean): Promise<void> {
  const later = await db.emailRecipient.findFirst({
    where: { batchId: batch.id, status: { in: ["deferred", "pending"] } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  await db.emailBatch.updateMany({
    where: { id: batch.id, claimedBy: workerId, status: "submitting" },
    data: later || stopped ? { status: "pending", claimedBy: null, claimedAt: null, notBefore: stopped ? null : (later?.nextAttemptAt ?? null) } : { status: "submitted" },
  });
}

/** Marks a running send finished once no batch is left to send; records its counts. */
export async function finalizeSendIfDone(emailId: string): Promise<boolean> {
  const open = await db.emailBatch.count({ where: { emailId, status: { in: ["pending", "submitting"] } } });
  if (open > 0) return false;
  const groups = await db.emailRecipient.groupBy({ by: ["status"], where: { emailId }, _count: { _all: true } });
  const n = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0;
  if (n("pending") + n("deferred") + n("sending") > 0) return false;
  const r = await db.email.updateMany({
    where: { id: emailId, status: "sending" },
    data: { status: "sent", finishedAt: new Date(), submittedCount: n("submitted"), failedCount: n("failed") },
  });
  if (r.count) forgetPreparedSend(emailId);
  return r.count === 1;
}

/** Finishes running sends whose last batch another worker (or a crash) left done. */
export async function finalizeIdleSends(): Promise<void> {
  const running = await db.email.findMany({ where: { status: "sending" }, select: { id: true }, take: 20 });
  for (const e of running) await finalizeSendIfDone(e.id);
}
