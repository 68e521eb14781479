// Starting a send: validate the issue, create the Email, and write the recipient ledger in chunks
// (keyset pagination over active subscriptions minus suppressions) so memory stays flat.
import "server-only";
import { randomUUID } from "node:crypto";
import { hasActiveMembership, type Viewer } from "../auth";
import { db, type Tx } from "../db";
import { getSettings } from "../settings";
import { wakeSendLoop } from "./signals";

export const RECIPIENT_CHUNK = 1000;
export const BATCH_SIZE = 500;

export class SendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SendError";
  }
}

type Client = Tx | typeof db;
type Chunk = Array<{ memberId: string; address: string; name: string | null; variant: "free" | "member" }>;

/** Walks the newsletter's active, unsuppressed subscribers in chunks of RECIPIENT_CHUNK. */
export async function forEachRecipientChunk(client: Client, newsletterId: string, fn: (chunk: Chunk) => Promise<void>): Promise<void> {
  let cursor: string | undefined;
  const now = new Date();
  for (;;) {
    const subs = await client.subscription.findMany({
      where: { newsletterId, status: "active" },
      orderBy: { id: "asc" },
      take: RECIPIENT_CHUNK,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, member: { select: { id: true, email: true, name: true, role: true, membershipTier: true, membershipExpiresAt: true } } },
    });
    if (subs.length === 0) return;
    cursor = subs[subs.length - 1]!.id;
    const suppressed = new Set(
      (await client.suppression.findMany({ where: { email: { in: subs.map((s) => s.member.email) } }, select: { email: true } })).map((s) => s.email),
    );
    const chunk: Chunk = [];
    for (const { member: m } of subs) {
      if (suppressed.has(m.email)) continue;
      chunk.push({ memberId: m.id, address: m.email, name: m.name, variant: hasActiveMembership(m, now) ? "member" : "free" });
    }
    if (chunk.length) await fn(chunk);
    if (subs.length < RECIPIENT_CHUNK) return;
  }
}

/** How many would receive each variant if the issue were sent now (for the confirmation page). */
export async function countRecipients(newsletterId: string): Promise<{ free: number; member: number; total: number }> {
  const out = { free: 0, member: 0, total: 0 };
  await forEachRecipientChunk(db, newsletterId, async (chunk) => {
    for (const r of chunk) out[r.variant]++;
    out.total += chunk.length;
  });
  return out;
}

/** Writes the ledger (batches of BATCH_SIZE) for an Email inside the caller's transaction. */
async function writeRecipients(tx: Tx, emailId: string, newsletterId: string): Promise<number> {
  let total = 0;
  await forEachRecipientChunk(tx, newsletterId, async (chunk) => {
    for (let i = 0; i < chunk.length; i += BATCH_SIZE) {
      const slice = chunk.slice(i, i + BATCH_SIZE);
      const batchId = randomUUID();
      await tx.emailBatch.create({ data: { id: batchId, emailId }, select: { id: true } });
      await tx.emailRecipient.createMany({ data: slice.map((r) => ({ ...r, emailId, batchId })) });
    }
    total += chunk.length;
  });
  return total;
}

async function loadIssueForSend(client: Client, issueId: string) {
  const issue = await client.issue.findUnique({
    where: { id: issueId },
    select: { id: true, status: true, subject: true, newsletterId: true, newsletter: { select: { id: true, status: true } }, _count: { select: { sections: true } } },
  });
  if (!issue) throw new SendError("This issue does not exist.");
  if (!issue.newsletter) throw new SendError("This issue's newsletter no longer exists.");
  if (issue.newsletter.status !== "active") throw new SendError("This issue's newsletter is archived: it cannot be sent.");
  if (issue._count.sections === 0) throw new SendError("This issue has no sections: add content before sending.");
  return issue;
}

async function assertNoActiveSend(client: Client, issueId: string) {
  const running = await client.email.findFirst({ where: { issueId, status: { in: ["pending", "sending", "paused"] } }, select: { id: true, status: true } });
  if (running) throw new SendError(running.status === "pending" ? "This issue is already scheduled to be sent." : "A send of this issue is already running.");
}

const TX_OPTIONS = { timeout: 15 * 60_000, maxWait: 30_000 };

/**
 * Starts (or schedules) the send of an issue. Callers check requireEditor(); `viewer` is recorded.
 * Returns the Email id. Throws SendError for anything the editor should be told.
 */
export async function startSend(issueId: string, viewer: Pick<Viewer, "id"> | null, opts: { scheduledAt?: Date } = {}): Promise<string> {
  const settings = await getSettings();
  const pre = await loadIssueForSend(db, issueId);
  if (pre.status === "sent") throw new SendError("This issue has already been sent.");
  await assertNoActiveSend(db, issueId);
  if (opts.scheduledAt) {
    if (opts.scheduledAt.getTime() <= Date.now()) throw new SendError("The scheduled time must be in the future.");
    const scheduledAt = opts.scheduledAt;
    const id = await db.$transaction(async (tx) => {
      await assertNoActiveSend(tx, issueId);
      const marked = await tx.issue.updateMany({ where: { id: issueId, status: { in: ["draft", "published", "scheduled"] } }, data: { status: "scheduled", scheduledAt } });
      if (marked.count !== 1) throw new SendError("This issue has already been sent.");
      const email = await tx.email.create({
        data: { issueId, newsletterId: pre.newsletterId, subject: pre.subject, status: "pending", scheduledAt, createdById: viewer?.id, trackOpens: settings.trackOpens, trackClicks: settings.trackClicks },
        select: { id: true },
      });
      await tx.auditLog.create({ data: { actorId: viewer?.id, action: "send.schedule", entityType: "Email", entityId: email.id, detail: scheduledAt.toISOString() } });
      return email.id;
    });
    return id;
  }
  const id = await db.$transaction(async (tx) => {
    await assertNoActiveSend(tx, issueId);
    const now = new Date();
    // The conditional update is the guard against a double click: only one transaction marks it.
    const marked = await tx.issue.updateMany({ where: { id: issueId, status: { in: ["draft", "published", "scheduled"] } }, data: { status: "sent", sentAt: now, scheduledAt: null } });
    if (marked.count !== 1) throw new SendError("This issue has already been sent.");
    await tx.issue.updateMany({ where: { id: issueId, publishedAt: null }, data: { publishedAt: now } });
    const email = await tx.email.create({
      data: { issueId, newsletterId: pre.newsletterId, subject: pre.subject, status: "sending", startedAt: now, createdById: viewer?.id, trackOpens: settings.trackOpens, trackClicks: settings.trackClicks },
      select: { id: true },
    });
    const count = await writeRecipients(tx, email.id, pre.newsletterId);
    await tx.email.update({ where: { id: email.id }, data: { recipientCount: count, ...(count === 0 ? { status: "sent", finishedAt: now } : {}) } });
    await tx.auditLog.create({ data: { actorId: viewer?.id, action: "send.start", entityType: "Email", entityId: email.id, detail: `${count} recipients` } });
    return email.id;
  }, TX_OPTIONS);
  wakeSendLoop();
  return id;
}

/** Turns scheduled sends whose time has come into running ones (recipients as of now). */
export async function startDueScheduledSends(now = new Date()): Promise<number> {
  const due = await db.email.findMany({ where: { status: "pending", scheduledAt: { lte: now } }, select: { id: true, issueId: true, newsletterId: true }, take: 10 });
  let started = 0;
  for (const e of due) {
    try {
      await db.$transaction(async (tx) => {
        const claimed = await tx.email.updateMany({ where: { id: e.id, status: "pending" }, data: { status: "sending", startedAt: new Date() } });
        if (claimed.count !== 1) return; // another worker took it
        await loadIssueForSend(tx, e.issueId);
        await tx.issue.update({ where: { id: e.issueId }, data: { status: "sent", sentAt: new Date(), scheduledAt: null } });
        await tx.issue.updateMany({ where: { id: e.issueId, publishedAt: null }, data: { publishedAt: new Date() } });
        const count = await writeRecipients(tx, e.id, e.newsletterId);
        await tx.email.update({ where: { id: e.id }, data: { recipientCount: count, ...(count === 0 ? { status: "sent", finishedAt: new Date() } : {}) } });
        started++;
      }, TX_OPTIONS);
    } catch (err) {
      const message = err instanceof SendError ? err.message : "could not start the scheduled send";
      console.error(`[send] scheduled send ${e.id} failed to start:`, (err as Error).message);
      await db.email.updateMany({ where: { id: e.id, status: "pending" }, data: { status: "failed", error: message, finishedAt: new Date() } });
    }
  }
  return started;
}
