// Ledger rows without running a send: newsletters, subscribed members and N past sends each of them
// received (Email + batch + submitted EmailRecipient rows), for the delivery-event tests.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/server/db";

export type LedgerFixture = {
  domain: string;
  newsletterIds: string[];
  members: Array<{ id: string; email: string }>;
  /** emailIds oldest first; recipients[e][m] is the ledger row id of member m in send e */
  emailIds: string[];
  recipients: string[][];
  host: string;
};

export async function seedLedger(db: Db, { members = 2, sends = 5, newsletters = 2 } = {}): Promise<LedgerFixture> {
  const tag = randomUUID().slice(0, 8);
  const domain = `${tag}.delivery.test`;
  const newsletterIds: string[] = [];
  for (let i = 0; i < newsletters; i++) newsletterIds.push((await db.newsletter.create({ data: { slug: `dl-${tag}-${i}`, name: `Delivery ${tag} ${i}` } })).id);
  const ms: Array<{ id: string; email: string }> = [];
  for (let i = 0; i < members; i++) {
    const m = await db.member.create({ data: { email: `person${i}@${domain}`, name: `Person ${i}` } });
    ms.push({ id: m.id, email: m.email });
    for (const newsletterId of newsletterIds) await db.subscription.create({ data: { memberId: m.id, newsletterId, status: "active", confirmedAt: new Date() } });
  }
  const issue = await db.issue.create({ data: { newsletterId: newsletterIds[0]!, number: 1, subject: `Delivery ${tag}` } });
  const emailIds: string[] = [];
  const recipients: string[][] = [];
  for (let e = 0; e < sends; e++) {
    const createdAt = new Date(Date.now() - (sends - e) * 86_400_000);
    const email = await db.email.create({ data: { issueId: issue.id, newsletterId: newsletterIds[0]!, status: "sent", subject: `Delivery ${tag} #${e}`, createdAt, startedAt: createdAt } });
    const batch = await db.emailBatch.create({ data: { emailId: email.id, status: "submitted" } });
    const rows: string[] = [];
    for (const m of ms) {
      const r = await db.emailRecipient.create({
        data: { emailId: email.id, batchId: batch.id, memberId: m.id, address: m.email, name: null, variant: "free", status: "submitted", submittedAt: createdAt, attempts: 1 },
      });
      rows.push(r.id);
    }
    emailIds.push(email.id);
    recipients.push(rows);
  }
  return { domain, newsletterIds, members: ms, emailIds, recipients, host: new URL(process.env.APP_URL ?? "http://127.0.0.1").hostname };
}

/** Our Message-ID for a ledger row, as the pipeline writes it. */
export function messageIdOf(f: LedgerFixture, e: number, m: number): string {
  return `<${f.emailIds[e]}.${f.recipients[e]![m]}@${f.host}>`;
}

export async function cleanupLedger(db: Db, f: LedgerFixture): Promise<void> {
  await db.deliveryEvent.deleteMany({ where: { address: { endsWith: `@${f.domain}` } } });
  await db.suppression.deleteMany({ where: { email: { endsWith: `@${f.domain}` } } });
  await db.member.deleteMany({ where: { email: { endsWith: `@${f.domain}` } } });
  await db.newsletter.deleteMany({ where: { id: { in: f.newsletterIds } } });
}
