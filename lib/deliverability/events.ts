// Delivery events (DeliveryEvent): every bounce, complaint or delivery report — from a provider's
// webhook or a DSN/ARF message on the return path — stored once by (provider, event id) and applied
// once: the recipient's ledger row, the suppression list (hard at once; soft after 3 in the last 5
// sends) and, for a complaint, an unsubscribe from every newsletter through lib/subscriptions.
import "server-only";
import { requireEditor } from "../auth/guards";
import { db, type Tx } from "../server/db";
import { unsubscribeAllTx } from "../subscriptions/transitions";

export type DeliveryProvider = "ses" | "mailgun" | "postmark" | "sendgrid" | "dsn" | "arf";
export type DeliveryEventType = "delivered" | "bounce_hard" | "bounce_soft" | "complaint";

/** One report, as a verified source parsed it. */
export type DeliveryReport = {
  provider: DeliveryProvider;
  /** The provider's own id for this event (unique per provider): replays are recognised by it. */
  eventId: string;
  type: DeliveryEventType;
  /** The recipient address the report is about. */
  address: string;
  /** Our Message-ID header of the original message (`<emailId.recipientId@host>`), when the report carries it. */
  messageId?: string | null;
  /** A recipient id proven by a signed token (VERP return path); wins over everything else. */
  recipientId?: string | null;
  /** What the report said (status, diagnostic, feedback type), kept short. */
  summary: string;
  occurredAt?: Date;
};

export type ApplyResult = { status: "applied" | "duplicate" | "ignored"; outcome: string };

/** Soft bounces suppress an address when this many of its last SOFT_WINDOW sends bounced. */
export const SOFT_LIMIT = 3;
export const SOFT_WINDOW = 5;

const MAX_SUMMARY = 500;
const RECIPIENT_IN_MESSAGE_ID = /^<?([a-z0-9]{10,40})\.([a-z0-9]{10,40})@[^>\s]+>?$/i;

/** The (emailId, recipientId) in one of our newsletter Message-IDs, or null. */
export function parseOurMessageId(messageId: string | null | undefined): { emailId: string; recipientId: string } | null {
  const m = messageId ? RECIPIENT_IN_MESSAGE_ID.exec(messageId.trim()) : null;
  return m ? { emailId: m[1]!, recipientId: m[2]! } : null;
}

type Row = { id: string; emailId: string; memberId: string | null; address: string; bounce: "hard" | "soft" | null };
const ROW = { id: true, emailId: true, memberId: true, address: true, bounce: true } as const;

/** Which ledger row a report is about: the signed recipient id, our Message-ID, or the address's latest submitted row. */
async function findRecipient(tx: Tx, r: DeliveryReport, address: string): Promise<Row | null> {
  if (r.recipientId) return tx.emailRecipient.findUnique({ where: { id: r.recipientId }, select: ROW });
  const ours = parseOurMessageId(r.messageId);
  if (ours) {
    const row = await tx.emailRecipient.findUnique({ where: { id: ours.recipientId }, select: ROW });
    // The Message-ID came from outside: it counts only when it names this address's row of that send.
    if (row && row.emailId === ours.emailId && row.address.toLowerCase() === address) return row;
  }
  return tx.emailRecipient.findFirst({ where: { address, status: "submitted" }, orderBy: { submittedAt: "desc" }, select: ROW });
}

async function suppressTx(tx: Tx, email: string, reason: "hard_bounce" | "soft_bounce" | "complaint", detail: string, emailId: string): Promise<boolean> {
  const existing = await tx.suppression.findUnique({ where: { email }, select: { id: true } });
  if (existing) return false;
  await tx.suppression.create({ data: { email, reason, detail: detail.slice(0, 300), emailId } });
  return true;
}

async function applyTx(tx: Tx, r: DeliveryReport, row: Row, at: Date): Promise<string> {
  const address = row.address.toLowerCase();
  switch (r.type) {
    case "delivered":
      await tx.emailRecipient.updateMany({ where: { id: row.id, deliveredAt: null }, data: { deliveredAt: at } });
      return "delivery recorded";
    case "bounce_hard": {
      await tx.emailRecipient.update({ where: { id: row.id }, data: { bounce: "hard", bouncedAt: at } });
      return (await suppressTx(tx, address, "hard_bounce", `hard bounce: ${r.summary}`, row.emailId)) ? "hard bounce: suppressed" : "hard bounce: already suppressed";
    }
    case "bounce_soft": {
      if (row.bounce !== "hard") await tx.emailRecipient.update({ where: { id: row.id }, data: { bounce: "soft", bouncedAt: at } });
      // The address's last sends (of any newsletter), newest first: how many of them bounced.
      const recent = await tx.emailRecipient.findMany({
        where: { address: row.address, status: { in: ["submitted", "failed"] } },
        orderBy: { email: { createdAt: "desc" } },
        take: SOFT_WINDOW,
        select: { emailId: true, bounce: true },
      });
      const bounced = recent.filter((x) => x.bounce !== null);
      if (bounced.length < SOFT_LIMIT) return `soft bounce ${bounced.length} of ${SOFT_LIMIT} in the last ${recent.length} sends`;
      const why = `${bounced.length} soft bounces in the last ${recent.length} sends (emails ${bounced.map((b) => b.emailId).join(", ")}); last: ${r.summary}`;
      return (await suppressTx(tx, address, "soft_bounce", why, row.emailId)) ? `suppressed: ${why}` : "soft bounce: already suppressed";
    }
    case "complaint": {
      await tx.emailRecipient.updateMany({ where: { id: row.id, complainedAt: null }, data: { complainedAt: at } });
      const unsubscribed = row.memberId ? await unsubscribeAllTx(tx, row.memberId, "complaint", null, row.emailId) : 0;
      const suppressed = await suppressTx(tx, address, "complaint", `complaint: ${r.summary}`, row.emailId);
      return `complaint: unsubscribed from ${unsubscribed} newsletter(s)${suppressed ? ", suppressed" : ", already suppressed"}`;
    }
  }
}

/**
 * Stores a verified report once and applies it. A replay (same provider and event id) changes nothing;
 * a report about nobody we mailed is stored as ignored (with a log line) and suppresses nobody.
 */
export async function recordDeliveryEvent(r: DeliveryReport): Promise<ApplyResult> {
  const address = r.address.trim().toLowerCase().slice(0, 320);
  const eventId = r.eventId.slice(0, 200);
  const at = r.occurredAt && !Number.isNaN(r.occurredAt.getTime()) ? r.occurredAt : new Date();
  const summary = r.summary.replace(/[\r\n]+/g, " ").slice(0, MAX_SUMMARY);
  try {
    return await db.$transaction(async (tx) => {
      // The unique (provider, eventId) makes this insert the idempotency check: a replay throws P2002
      // here and rolls back before anything is applied.
      const event = await tx.deliveryEvent.create({
        data: { provider: r.provider, eventId, type: r.type, address, summary, occurredAt: at },
        select: { id: true },
      });
      const row = address ? await findRecipient(tx, { ...r, summary }, address) : null;
      // A deleted member's ledger rows keep no address and no member: nothing to apply.
      if (!row || row.address === "deleted") {
        const outcome = "ignored: no newsletter recipient matches this report";
        await tx.deliveryEvent.update({ where: { id: event.id }, data: { outcome } });
        console.log(`[deliverability] ${r.provider} ${r.type} event ${eventId} ignored: no recipient matches`);
        return { status: "ignored" as const, outcome };
      }
      const outcome = await applyTx(tx, { ...r, summary }, row, at);
      await tx.deliveryEvent.update({ where: { id: event.id }, data: { outcome, recipientId: row.id, memberId: row.memberId, emailId: row.emailId } });
      return { status: "applied" as const, outcome };
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") {
      return { status: "duplicate", outcome: "already processed" };
    }
    throw e;
  }
}

export type DeliveryEventDto = { id: string; provider: DeliveryProvider; type: DeliveryEventType; summary: string; outcome: string | null; occurredAt: Date };

/** A member's delivery reports for their history (callers check the editor role). */
export function listDeliveryEventsForMemberUnchecked(memberId: string, take = 50): Promise<DeliveryEventDto[]> {
  return db.deliveryEvent.findMany({
    where: { memberId },
    orderBy: { occurredAt: "desc" },
    take,
    select: { id: true, provider: true, type: true, summary: true, outcome: true, occurredAt: true },
  });
}

/** A member's delivery reports, for the member's history in /admin. Editors only. */
export async function listDeliveryEventsForMember(memberId: string): Promise<DeliveryEventDto[]> {
  await requireEditor(`/admin/members/${memberId}`);
  return listDeliveryEventsForMemberUnchecked(memberId);
}

/** Part of deleting a member's personal data: their reports carry their address. */
export async function forgetDeliveryEventsTx(tx: Tx, memberId: string, email: string): Promise<void> {
  await tx.deliveryEvent.deleteMany({ where: { OR: [{ memberId }, { address: email.toLowerCase() }] } });
}
