// The editor's dashboard figures: subscribers by status, members, 90-day growth, last sends, drafts, moderation.
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { countRecipients } from "../sends/create-send";

export type GrowthDay = { day: string; subscribed: number; unsubscribed: number };

const DAY = 86_400_000;

/** New confirmed subscribers and unsubscribes per UTC day over the last `days` days (oldest first). */
export async function growthSeries(days = 90, now = new Date()): Promise<GrowthDay[]> {
  await requireEditor();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const starts = Array.from({ length: days }, (_, i) => today - (days - 1 - i) * DAY);
  // One indexed count per day and kind: bounded work whatever the number of events (an import of 100k
  // rows in a day would otherwise mean loading 100k rows to draw one bar).
  const counts = await Promise.all(
    starts.flatMap((start) => {
      const createdAt = { gte: new Date(start), lt: new Date(start + DAY) };
      return [
        db.subscribeEvent.count({ where: { createdAt, toStatus: "active", OR: [{ fromStatus: null }, { fromStatus: { not: "active" } }] } }),
        db.subscribeEvent.count({ where: { createdAt, toStatus: "unsubscribed" } }),
      ];
    }),
  );
  return starts.map((start, i) => ({ day: new Date(start).toISOString().slice(0, 10), subscribed: counts[2 * i]!, unsubscribed: counts[2 * i + 1]! }));
}

/** The dashboard's figures; `audience` counts exactly like the Send page, `members` counts memberships whether subscribed or not. */
export async function dashboardSummary() {
  await requireEditor("/admin");
  const now = new Date();
  const [byStatus, members, sends, draftArticles, draftIssues, reported, recentComments] = await Promise.all([
    db.subscription.groupBy({ by: ["status"], _count: { _all: true } }),
    db.member.count({ where: { membershipTier: "member", OR: [{ membershipExpiresAt: null }, { membershipExpiresAt: { gt: now } }] } }),
    db.email.findMany({
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, subject: true, status: true, recipientCount: true, submittedCount: true, failedCount: true, createdAt: true, finishedAt: true, issueId: true },
    }),
    db.article.findMany({ where: { status: "draft" }, orderBy: { updatedAt: "desc" }, take: 5, select: { id: true, title: true, updatedAt: true } }),
    db.issue.findMany({ where: { status: "draft" }, orderBy: { updatedAt: "desc" }, take: 5, select: { id: true, number: true, subject: true, updatedAt: true } }),
    db.comment.count({ where: { status: "visible", reportCount: { gt: 0 } } }),
    db.comment.count({ where: { status: "visible", createdAt: { gte: new Date(now.getTime() - 7 * DAY) } } }),
  ]);
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  // "Subscribers" and "members" mean what the Send page means: who would get the email now (one
  // definition, countRecipients), for the first active newsletter.
  const newsletter = await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, name: true } });
  const audience = newsletter ? { newsletter: newsletter.name, ...(await countRecipients(newsletter.id)) } : null;
  return {
    audience,
    subscribers: { active: count("active"), pending: count("pending"), unsubscribed: count("unsubscribed") },
    members,
    sends,
    draftArticles,
    draftIssues,
    comments: { reported, recent: recentComments },
  };
}
