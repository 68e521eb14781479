// The send worker: claims batches of a running send, sends them over the pooled SMTP transport with at
// most `connections` messages in flight, and records each outcome as soon as SMTP answers.
//
// Crash-safety ledger: a recipient is marked `sending` (committed) before it is handed to SMTP, and
// `submitted` / `deferred` / `failed` once SMTP answers. A batch whose worker stopped renewing its
// claim is taken over; its recipients still `sending` become `uncertain` (never re-sent by
// themselves) and the send's page lists them for reconciliation. Since new recipients are marked
// only when a slot is free, at most `connections` recipients per worker are ever `sending`.
import { startPollLoop } from "../worker/poll-loop";
import "server-only";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { db, isPostgres } from "../server/db";
import { Prisma } from "../generated/sqlite/client";
import { env } from "../server/env";
import { personalize, renderIssueVariant, type RenderedIssue } from "./issue-email";
import { defaultFrom } from "../mail/send";
import { getTransport } from "../mail/transport";
import { startDueScheduledSends } from "./create-send";
import { buildRawMessage, encodeAddressHeader, encodeHeaderValue, envelopeAddress } from "./mime";
import { sendSignals } from "./signals";

export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 10 * 60_000;
const HARD_BOUNCE = new Set([550, 551, 553]);

export type ClaimedBatch = { id: string; emailId: string };
type Recipient = { id: string; address: string; name: string | null; memberId: string | null; variant: "free" | "member"; attempts: number };
type Outcome =
  | { id: string; kind: "submitted" }
  | { id: string; kind: "deferred"; error: string; countsAttempt: boolean; attempts: number }
  | { id: string; kind: "failed"; error: string; address: string; hardBounce: boolean }
  | { id: string; kind: "uncertain"; error: string };
type Prepared = { free: RenderedIssue; member: RenderedIssue; from: string; replyTo?: string; newsletterId: string; fromHeader: string; replyToHeader?: string; envelopeFrom: string; subjectHeader: string };

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export function retryDelayMs(attempts: number): number {
  return Math.min(env.SEND_RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

const leaseMs = () => env.SEND_LEASE_SECONDS * 1000;

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

const prepared = new Map<string, Promise<Prepared>>();

async function prepare(emailId: string): Promise<Prepared> {
  let p = prepared.get(emailId);
  if (!p) {
    p = (async () => {
      const email = await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { issueId: true, newsletterId: true, trackClicks: true, trackOpens: true } });
      const opts = { emailId, trackClicks: email.trackClicks, trackOpens: email.trackOpens };
      // Link rows are upserted by whoever renders first; a concurrent worker may race on the unique key.
      const render = async (v: "free" | "member") => {
        try {
          return await renderIssueVariant(email.issueId, v, opts);
        } catch {
          return renderIssueVariant(email.issueId, v, opts);
        }
      };
      const free = await render("free");
      const member = await render("member");
      const sender = await defaultFrom();
      return {
        free,
        member,
        from: sender.from,
        replyTo: sender.replyTo,
        newsletterId: email.newsletterId,
        fromHeader: encodeAddressHeader(sender.from),
        replyToHeader: sender.replyTo ? encodeAddressHeader(sender.replyTo) : undefined,
        envelopeFrom: envelopeAddress(sender.from),
        subjectHeader: encodeHeaderValue(free.subject),
      };
    })();
    prepared.set(emailId, p);
    p.catch(() => prepared.delete(emailId));
    if (prepared.size > 8) prepared.delete(prepared.keys().next().value!);
  }
  return p;
}

const NOT_SENT_COMMANDS = new Set(["CONN", "EHLO", "HELO", "LHLO", "AUTH", "AUTH PLAIN", "AUTH LOGIN", "STARTTLS", "MAIL FROM", "RCPT TO", "RSET"]);

function classify(r: Recipient, e: unknown): Outcome {
  const err = e as { responseCode?: number; code?: string; command?: string; message?: string };
  const message = String(err.message ?? e).slice(0, 500);
  const code = err.responseCode;
  if (typeof code === "number" && code >= 500) return { id: r.id, kind: "failed", error: message, address: r.address, hardBounce: HARD_BOUNCE.has(code) };
  if (typeof code === "number" && code >= 400) return { id: r.id, kind: "deferred", error: message, countsAttempt: true, attempts: r.attempts + 1 };
  // No SMTP answer. Before DATA the message certainly did not leave: retry later without spending an
  // attempt (SMTP being down for a while must not fail anyone). During DATA it may have: uncertain.
  const cmd = (err.command ?? "").toUpperCase();
  if (err.code === "ECONNECTION" || err.code === "EDNS" || NOT_SENT_COMMANDS.has(cmd) || /ECONNREFUSED/.test(message)) {
    return { id: r.id, kind: "deferred", error: message, countsAttempt: false, attempts: r.attempts };
  }
  return { id: r.id, kind: "uncertain", error: message };
}

async function deliver(r: Recipient, p: Prepared): Promise<Outcome> {
  const variant = r.variant === "member" ? p.member : p.free;
  const msg = personalize(variant, { id: r.id, name: r.name, memberId: r.memberId, newsletterId: p.newsletterId, address: r.address });
  const transport = getTransport();
  try {
    if (!transport) {
      await db.mailboxMessage.create({
        data: { to: r.address, from: p.from, subject: variant.subject, html: msg.html, text: msg.text, headers: JSON.stringify(msg.headers), messageId: msg.messageId },
      });
      return { id: r.id, kind: "submitted" };
    }
    const raw = buildRawMessage({ from: p.fromHeader, replyTo: p.replyToHeader, to: r.address, subject: p.subjectHeader, messageId: msg.messageId, headers: msg.headers, html: msg.html, text: msg.text });
    // DKIM (when configured on the transport) signs raw messages too.
    const info = await transport.sendMail({ envelope: { from: p.envelopeFrom, to: [r.address] }, raw, messageId: msg.messageId });
    if (info.rejected.length > 0 || info.accepted.length === 0) {
      return { id: r.id, kind: "failed", error: `recipient rejected: ${info.response}`.slice(0, 500), address: r.address, hardBounce: false };
    }
    return { id: r.id, kind: "submitted" };
  } catch (e) {
    return classify(r, e);
  }
}

/** The statements that record answered outcomes (run together with the next marks, one commit). */
function outcomeWrites(outcomes: Outcome[], emailId: string, now: Date) {
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
          data: { status: "failed", failedAt: now, lastError: o.error, attempts: { increment: 1 } },
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

export type BatchResult = { sent: number; deferred: number; failed: number; uncertain: number; stopped: boolean };

/** Sends one claimed batch. Stops early (releasing the batch) if the send is paused or cancelled. */
export async function processBatch(batch: ClaimedBatch, workerId: string, connections = env.SMTP_POOL_CONNECTIONS): Promise<BatchResult> {
  const result: BatchResult = { sent: 0, deferred: 0, failed: 0, uncertain: 0, stopped: false };
  const p = await prepare(batch.emailId);
  const now0 = new Date();
  const queue: Recipient[] = await db.emailRecipient.findMany({
    where: { batchId: batch.id, OR: [{ status: "pending" }, { status: "deferred", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now0 } }] }] },
    orderBy: { id: "asc" },
    select: { id: true, address: true, name: true, memberId: true, variant: true, attempts: true },
  });
  const heartbeat = setInterval(() => {
    void db.emailBatch.updateMany({ where: { id: batch.id, claimedBy: workerId, status: "submitting" }, data: { claimedAt: new Date() } }).catch(() => {});
  }, Math.max(250, leaseMs() / 4));
  let qi = 0;
  let inflight = 0;
  const answered: Outcome[] = [];
  let signal: (() => void) | null = null;
  // Answers are recorded a few at a time (one commit for several recipients), never more than
  // a third of the window late, so the in-flight window stays mostly full. The lease is renewed by
  // the heartbeat timer; the marking statement itself checks the claim.
  const minGroup = Math.max(1, Math.floor(connections / 3));
  const onAnswer = (o: Outcome) => {
    inflight--;
    answered.push(o);
    result[o.kind === "submitted" ? "sent" : o.kind]++;
    signal?.();
  };
  try {
    for (;;) {
      const canMark = !result.stopped && qi < queue.length && inflight < connections;
      const tick = answered.length >= minGroup || (inflight === 0 && (canMark || answered.length > 0));
      if (!tick) {
        if (inflight === 0) break;
        await new Promise<void>((resolve) => (signal = resolve));
        signal = null;
        continue;
      }
      const now = new Date();
      const next = canMark ? queue.slice(qi, qi + (connections - inflight)) : [];
      const done = answered.splice(0);
      const ops = outcomeWrites(done, batch.emailId, now);
      if (next.length) {
        // One statement checks that the claim is still ours and the send still running, and marks
        // the next recipients `sending`; it commits before they reach SMTP.
        ops.push(
          db.$executeRaw`UPDATE "EmailRecipient" SET "status" = 'sending'
            WHERE "id" IN (${Prisma.join(next.map((r) => r.id))}) AND "status" IN ('pending', 'deferred')
              AND EXISTS (SELECT 1 FROM "EmailBatch" b JOIN "Email" e ON e."id" = b."emailId"
                WHERE b."id" = ${batch.id} AND b."claimedBy" = ${workerId} AND b."status" = 'submitting' AND e."status" = 'sending')`,
        );
      }
      const res = ops.length ? await db.$transaction(ops) : [];
      if (!next.length) continue;
      qi += next.length;
      const marked = res[res.length - 1] as number;
      let toSend = next;
      if (marked !== next.length) {
        if (marked === 0) {
          result.stopped = true;
          continue;
        }
        const ok = new Set((await db.emailRecipient.findMany({ where: { id: { in: next.map((r) => r.id) }, status: "sending" }, select: { id: true } })).map((r) => r.id));
        toSend = next.filter((r) => ok.has(r.id));
      }
      inflight += toSend.length;
      for (const r of toSend) void deliver(r, p).then(onAnswer);
    }
  } finally {
    clearInterval(heartbeat);
  }
  // Deferred recipients come back after their backoff: the batch waits for the earliest of them.
  const later = await db.emailRecipient.findFirst({ where: { batchId: batch.id, status: { in: ["deferred", "pending"] } }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } });
  await db.emailBatch.updateMany({
    where: { id: batch.id, claimedBy: workerId, status: "submitting" },
    data: later || result.stopped ? { status: "pending", claimedBy: null, claimedAt: null, notBefore: result.stopped ? null : later?.nextAttemptAt ?? null } : { status: "submitted" },
  });
  await finalizeSendIfDone(batch.emailId);
  return result;
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
  if (r.count) prepared.delete(emailId);
  return r.count === 1;
}

async function finalizeIdleSends(): Promise<void> {
  const running = await db.email.findMany({ where: { status: "sending" }, select: { id: true }, take: 20 });
  for (const e of running) await finalizeSendIfDone(e.id);
}

/** Runs until stopped: starts due scheduled sends, claims and sends batches, finalizes finished sends. */
export function startSendLoop({ pollMs = 1000, workerId = newWorkerId() }: { pollMs?: number; workerId?: string } = {}): () => Promise<void> {
  return startPollLoop({
    name: "send",
    pollMs,
    wake: sendSignals,
    tick: async () => {
      await startDueScheduledSends();
      const batch = await claimSendBatch(workerId);
      if (!batch) {
        await finalizeIdleSends();
        return false;
      }
      await processBatch(batch, workerId);
      return true;
    },
  });
}
