// Seeds a newsletter with an issue and many subscribers quickly (bulk inserts), for send tests and the benchmark.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/server/db";

export type SeedOptions = { subscribers: number; members?: number; suppressed?: number; unsubscribed?: number; pending?: number; domain?: string };
export type Seeded = { newsletterId: string; issueId: string; slug: string; domain: string };

export const MEMBERS_ONLY_TEXT = "MEMBERS-ONLY-ANALYSIS-7d3f";
export const PUBLIC_TEXT = "PUBLIC-BRIEFING-91ac";

export async function seedSend(db: Db, o: SeedOptions): Promise<Seeded> {
  const tag = randomUUID().slice(0, 8);
  const domain = o.domain ?? `${tag}.send.test`;
  const slug = `send-${tag}`;
  const nl = await db.newsletter.create({ data: { slug, name: `Send ${tag}` } });
  const issue = await db.issue.create({
    data: {
      newsletterId: nl.id,
      number: 1,
      subject: `Issue for ${tag}`,
      preheader: "This week",
      sections: {
        create: [
          { position: 0, heading: "Briefing", body: `${PUBLIC_TEXT} for everyone. [Source](https://example.org/source)`, visibility: "public" },
          { position: 1, heading: "Analysis", body: `The teaser paragraph.\n\n${MEMBERS_ONLY_TEXT} continues here.`, visibility: "members" },
        ],
      },
    },
  });
  const members = o.members ?? 0;
  const suppressed = o.suppressed ?? 0;
  const unsubscribed = o.unsubscribed ?? 0;
  const pending = o.pending ?? 0;
  const CHUNK = 2000;
  for (let start = 0; start < o.subscribers; start += CHUNK) {
    const rows = [];
    const subs = [];
    for (let i = start; i < Math.min(o.subscribers, start + CHUNK); i++) {
      const id = `m${tag}${String(i).padStart(7, "0")}`;
      rows.push({ id, email: `user${i}@${domain}`, name: i % 7 === 0 ? null : `User ${i}`, membershipTier: i < members ? ("member" as const) : ("free" as const) });
      const status = i >= o.subscribers - unsubscribed ? "unsubscribed" : i >= o.subscribers - unsubscribed - pending ? "pending" : "active";
      subs.push({ memberId: id, newsletterId: nl.id, status: status as "active" | "pending" | "unsubscribed", confirmedAt: new Date() });
    }
    await db.member.createMany({ data: rows });
    await db.subscription.createMany({ data: subs });
  }
  // suppress the ones just before the unsubscribed/pending tail (all otherwise active)
  const firstSuppressed = o.subscribers - unsubscribed - pending - suppressed;
  const sup = [];
  for (let i = firstSuppressed; i < firstSuppressed + suppressed; i++) sup.push({ email: `user${i}@${domain}`, reason: "manual" as const });
  if (sup.length) await db.suppression.createMany({ data: sup });
  return { newsletterId: nl.id, issueId: issue.id, slug, domain };
}

/** Expected recipients: active and not suppressed (indexes), given the layout of seedSend. */
export function expectedRecipientIndexes(o: SeedOptions): number[] {
  const n = o.subscribers - (o.unsubscribed ?? 0) - (o.pending ?? 0) - (o.suppressed ?? 0);
  return Array.from({ length: n }, (_, i) => i);
}

export async function cleanupSeed(db: Db, s: Seeded): Promise<void> {
  await db.suppression.deleteMany({ where: { email: { endsWith: `@${s.domain}` } } });
  await db.member.deleteMany({ where: { email: { endsWith: `@${s.domain}` } } });
  await db.newsletter.deleteMany({ where: { id: s.newsletterId } });
}
