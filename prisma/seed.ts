// Placeholder seed (replaced by the full demo content): the newsletter and the demo accounts.
import { db } from "../lib/db";

const count = await db.newsletter.count();
if (count > 0) {
  console.log("[seed] database already has content: nothing to do");
} else {
  const nl = await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } });
  for (const [email, role, tier] of [
    ["editor@example.com", "editor", "free"],
    ["admin@example.com", "admin", "free"],
    ["member@example.com", "reader", "member"],
    ["reader@example.com", "reader", "free"],
  ] as const) {
    await db.member.create({
      data: { email, role, membershipTier: tier, subscriptions: { create: { newsletterId: nl.id, status: "active", confirmedAt: new Date() } } },
    });
  }
  console.log("[seed] seeded");
}
