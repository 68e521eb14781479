// The durable outbox for transactional mail: enqueue inside the caller's transaction, drain with
// retries and exponential backoff. While SMTP is down nothing is lost; it goes out when it returns.
import "server-only";
import { startPollLoop } from "../worker/poll-loop";
import { wake, wakeEmitters } from "../worker/wake";
import { exponentialBackoffMs } from "../worker/backoff";
import { seal, unseal } from "../server/crypto";
import { db, type Tx } from "../server/db";
import { sendEmail, SmtpError } from "./send";
import { buildTemplate, type TemplateName, type TemplatePayload } from "./templates";

const MAX_ATTEMPTS = 12;
const STALE_LOCK_MS = 5 * 60_000;

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
  wake("outbox");
}

/** Delay before attempt n+1: 15 s, 30 s, 1 min, … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return exponentialBackoffMs(attempts, 15_000, 3_600_000);
}

export type DrainResult = { sent: number; retried: number; failed: number };

type Claimed = { id: string; to: string; template: string; payload: string; attempts: number };
type Outcome = { id: string; data: Parameters<typeof db.outboxMessage.updateMany>[0]["data"]; kind: keyof DrainResult };

async function deliver(msg: Claimed, suppressed: boolean): Promise<Outcome> {
  try {
    if (suppressed) throw new SmtpError({ kind: "rejected", error: "address is suppressed", hardBounce: false });
    const built = await buildTemplate(msg.template, JSON.parse(unseal(msg.payload)));
    const sent = await sendEmail({ to: msg.to, subject: built.subject, react: built.react, headers: built.headers });
    // The payload may hold a one-time link: it is not kept once the mail is out.
    return {
      id: msg.id,
      kind: "sent",
      data: { status: "sent", sentAt: new Date(), smtpMessageId: sent.messageId, payload: "", lockedAt: null, lastError: null },
    };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    // SMTP 4xx and connection failures heal by retrying; a 5xx does not. Anything else (a broken
    // template or payload) gets a few tries in case it was a passing database error.
    const retry = err instanceof SmtpError ? !err.permanent && msg.attempts < MAX_ATTEMPTS : msg.attempts < 3;
    return retry
      ? {
          id: msg.id,
          kind: "retried",
          data: { status: "pending", lockedAt: null, lastError: err.message.slice(0, 500), nextAttemptAt: new Date(Date.now() + backoffMs(msg.attempts)) },
        }
      : { id: msg.id, kind: "failed", data: { status: "failed", lockedAt: null, lastError: err.message.slice(0, 500), payload: "" } };
  }
}

/**
 * Sends what is due, at most `limit` messages, `concurrency` at a time. Safe with several workers:
 * each row is claimed by a conditional update. Claims, and then all outcomes, are written in one
 * transaction each, so a drain costs two commits however many messages it carries (SQLite has one
 * writer; signups must not queue behind the outbox). A crash between SMTP and the outcome commit
 * leaves rows `sending`; after STALE_LOCK_MS they are sent again (transactional mail is at least once).
 */
export async function drainOutbox({ limit = 50, concurrency = 4 }: { limit?: number; concurrency?: number } = {}): Promise<DrainResult> {
  const now = new Date();
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  const claimed = await db.$transaction(async (tx) => {
    await tx.outboxMessage.updateMany({
      where: { status: "sending", lockedAt: { lt: new Date(now.getTime() - STALE_LOCK_MS) } },
      data: { status: "pending", lockedAt: null },
    });
    const due = await tx.outboxMessage.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: "asc" },
      take: limit,
      select: { id: true, to: true, template: true, payload: true, attempts: true },
    });
    const mine: Claimed[] = [];
    for (const row of due) {
      const c = await tx.outboxMessage.updateMany({
        where: { id: row.id, status: "pending" },
        data: { status: "sending", lockedAt: now, attempts: { increment: 1 } },
      });
      if (c.count === 1) mine.push({ ...row, attempts: row.attempts + 1 });
    }
    return mine;
  });
  if (claimed.length === 0) return result;
  const suppressed = new Set(
    (await db.suppression.findMany({ where: { email: { in: [...new Set(claimed.map((m) => m.to.toLowerCase()))] } }, select: { email: true } })).map((s) => s.email),
  );
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, claimed.length) }, async () => {
      while (next < claimed.length) {
        const msg = claimed[next++]!;
        outcomes.push(await deliver(msg, suppressed.has(msg.to.toLowerCase())));
      }
    }),
  );
  // updateMany: a row deleted meanwhile (its member erased their data) must not sink the others.
  await db.$transaction(outcomes.map((o) => db.outboxMessage.updateMany({ where: { id: o.id }, data: o.data })));
  for (const o of outcomes) result[o.kind]++;
  return result;
}

/** Drains forever: right away when woken, otherwise every `pollMs`. Returns a stop function. */
export function startOutboxWorker({ pollMs = 1000 }: { pollMs?: number } = {}): () => Promise<void> {
  return startPollLoop({
    name: "outbox",
    pollMs,
    wake: wakeEmitters.outbox,
    tick: async () => {
      const r = await drainOutbox();
      return r.sent + r.retried + r.failed > 0;
    },
  });
}
