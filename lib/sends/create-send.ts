// Starting a send: validate the issue, create the Email, and write the recipient ledger in chunks
// (INSERT … SELECT per batch, keyset over active subscriptions minus suppressions): memory stays flat.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Viewer } from "../auth/guards";
import { db, isPostgres, type Tx } from "../server/db";
import { Prisma } from "../generated/sqlite/client";
import { getSettings } from "../settings/settings";
import { wakeSendLoop } from "./signals";

export const BATCH_SIZE = 500;

export class SendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SendError";
  }
}

type Client = Tx | typeof db;

/** The recipients of a newsletter as SQL: active subscriptions minus suppressed addresses, with the variant. */
function recipientSql(newsletterId: string, now: Date) {
  const variant = Prisma.sql`CASE WHEN m."role" IN ('editor', 'admin') OR (m."membershipTier" = 'member' AND (m."membershipExpiresAt" IS NULL OR m."membershipExpiresAt" > ${now})) THEN 'member' ELSE 'free' END`;
  const from = Prisma.sql`FROM "Subscription" s JOIN "Member" m ON m."id" = s."memberId" LEFT JOIN "Suppression" x ON x."email" = m."email"
    WHERE s."newsletterId" = ${newsletterId} AND s."status" = 'active' AND x."id" IS NULL`;
  return { variant, from };
}

/** How many would receive each variant if the issue were sent now (for the confirmation page). */
export async function countRecipients(newsletterId: string): Promise<{ free: number; member: number; total: number }> {
  const { variant, from } = recipientSql(newsletterId, new Date());
  const rows = await db.$queryRaw<Array<{ variant: string; n: bigint | number }>>`SELECT ${variant} AS "variant", COUNT(*) AS "n" ${from} GROUP BY 1`;
  const out = { free: 0, member: 0, total: 0 };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.variant === "member") out.member += n;
    else out.free += n;
    out.total += n;
  }
  return out;
}

/**
 * Writes the ledger for an Email inside the caller's transaction: one batch row and one
 * INSERT … SELECT per BATCH_SIZE subscriptions (keyset over Subscription.id), so nothing is held in
 * memory and the database does the copying.
 */
async function writeRecipients(tx: Tx, emailId: string, newsletterId: string): Promise<number> {
  const now = new Date();
  const { variant, from } = recipientSql(newsletterId, now);
  const newId = isPostgres ? Prisma.sql`md5(random()::text || clock_timestamp()::text || s."id")` : Prisma.sql`lower(hex(randomblob(16)))`;
  const variantValue = isPostgres ? Prisma.sql`(${variant})::"EmailVariant"` : variant;
  let cursor = "";
  let total = 0;
  for (;;) {
    // the upper bound of this slice: the BATCH_SIZE-th active subscription after the cursor
    const bound = await tx.$queryRaw<Array<{ id: string }>>`SELECT s."id" FROM "Subscription" s
      WHERE s."newsletterId" = ${newsletterId} AND s."status" = 'active' AND s."id" > ${cursor}
      ORDER BY s."id" LIMIT 1 OFFSET ${BATCH_SIZE - 1}`;
    const upper = bound[0]?.id;
    const batchId = randomUUID();
    await tx.$executeRaw`INSERT INTO "EmailBatch" ("id", "emailId", "status", "attempts", "createdAt", "updatedAt") VALUES (${batchId}, ${emailId}, 'pending', 0, ${now}, ${now})`;
    const inserted = await tx.$executeRaw`INSERT INTO "EmailRecipient" ("id", "emailId", "batchId", "memberId", "address", "name", "variant")
      SELECT ${newId}, ${emailId}, ${batchId}, m."id", m."email", m."name", ${variantValue}
      ${from} AND s."id" > ${cursor} ${upper ? Prisma.sql`AND s."id" <= ${upper}` : Prisma.empty}`;
    if (inserted === 0) await tx.$executeRaw`DELETE FROM "EmailBatch" WHERE "id" = ${batchId}`;
    total += inserted;
    if (!upper) return total;
    cursor = upper;
  }
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
