// The durable outbox for transactional mail: enqueue inside the caller's transaction, drain with
// retries and exponential backoff. While SMTP is down nothing is lost; it goes out when it returns.
import { startPollLoop } from "../poll-loop";
import "server-only";
import { EventEmitter } from "node:events";
import { seal, unseal } from "../crypto";
import { db, type Tx } from "../db";
import { sendEmail, SmtpError } from "./send";
import { buildTemplate, type TemplateName, type TemplatePayload } from "./templates";

const MAX_ATTEMPTS = 12;
const STALE_LOCK_MS = 5 * 60_000;
// On globalThis: Next bundles instrumentation (where the worker runs) and server actions (which
// enqueue) separately, and both must see the same emitter.
const g = globalThis as unknown as { __woOutboxWake?: EventEmitter };
const wake: EventEmitter = (g.__woOutboxWake ??= new EventEmitter());

/** Writes one transactional email into the outbox. Pass the transaction of the change that caused it. */
export async function enqueueEmail<K extends TemplateName>(tx: Tx, to: string, template: K, payload: TemplatePayload<K>): Promise<string> {
  const row = await tx.outboxMessage.create({ data: outboxRow(to, template, payload), select: { id: true } });
  return row.id;
}

/** The row enqueueEmail writes, for callers that batch it into a `$transaction([...])` of their own. */
export function outboxRow<K extends TemplateName>(to: string, template: K, payload: TemplatePayload<K>): { to: string; template: string; payload: string } {
  return { to, template, payload: seal(JSON.stringify(payload)) };
}

/** Tells an in-process worker that mail is waiting (call after the transaction commits). */
export function wakeOutbox(): void {
  wake.emit("wake");
}

/** Delay before attempt n+1: 15 s, 30 s, 1 min, … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(15_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type DrainResult = { sent: number; retried: number; failed: number };

async function deliver(id: string, result: DrainResult): Promise<void> {
  const msg = await db.outboxMessage.findUnique({ where: { id }, select: { to: true, template: true, payload: true, attempts: true } });
  if (!msg) return;
  try {
    const suppressed = await db.suppression.findUnique({ where: { email: msg.to.toLowerCase() }, select: { id: true } });
    if (suppressed) throw new SmtpError("address is suppressed", undefined, true);
    const built = await buildTemplate(msg.template, JSON.parse(unseal(msg.payload)));
    const sent = await sendEmail({ to: msg.to, subject: built.subject, react: built.react, headers: built.headers });
    // The payload may hold a one-time link: it is not kept once the mail is out.
    await db.outboxMessage.update({
      where: { id },
      data: { status: "sent", sentAt: new Date(), smtpMessageId: sent.messageId, payload: "", lockedAt: null, lastError: null },
    });
    result.sent++;
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // SMTP 4xx and connection failures heal by retrying; a 5xx does not. Anything else (a broken
    // template or payload) gets a few tries in case it was a passing database error.
    const retry = err instanceof SmtpError ? !err.permanent && msg.attempts < MAX_ATTEMPTS : msg.attempts < 3;
    await db.outboxMessage.update({
      where: { id },
      data: retry
        ? { status: "pending", lockedAt: null, lastError: err.message.slice(0, 500), nextAttemptAt: new Date(Date.now() + backoffMs(msg.attempts)) }
        : { status: "failed", lockedAt: null, lastError: err.message.slice(0, 500), payload: "" },
    });
    if (retry) result.retried++;
    else result.failed++;
  }
}

/** Sends what is due, at most `limit` messages, `concurrency` at a time. Safe with several workers. */
export async function drainOutbox({ limit = 50, concurrency = 4 }: { limit?: number; concurrency?: number } = {}): Promise<DrainResult> {
  const now = new Date();
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  await db.outboxMessage.updateMany({
    where: { status: "sending", lockedAt: { lt: new Date(now.getTime() - STALE_LOCK_MS) } },
    data: { status: "pending", lockedAt: null },
  });
  const due = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const claimed: string[] = [];
  for (const { id } of due) {
    const c = await db.outboxMessage.updateMany({
      where: { id, status: "pending" },
      data: { status: "sending", lockedAt: now, attempts: { increment: 1 } },
    });
    if (c.count === 1) claimed.push(id);
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, claimed.length) }, async () => {
      while (next < claimed.length) {
        const id = claimed[next++]!;
        await deliver(id, result);
      }
    }),
  );
  return result;
}

/** Drains forever: right away when woken, otherwise every `pollMs`. Returns a stop function. */
export function startOutboxWorker({ pollMs = 1000 }: { pollMs?: number } = {}): () => Promise<void> {
  return startPollLoop({
    name: "outbox",
    pollMs,
    wake,
    tick: async () => {
      const r = await drainOutbox();
      return r.sent + r.retried + r.failed > 0;
    },
  });
}
