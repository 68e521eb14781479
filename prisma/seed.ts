// Demo data: the Weekly Outlook newsletter, demo accounts, authors, topics, articles, issues, comments.
// `npm run db:seed` runs it (the demo only: it refuses a real site's database); tests import `seed(db)`.
// The first-run setup's "sample content" is `seedInto(tx, { accounts: false, comments: false })`:
// the articles, issues, authors and topics, never the demo staff. Does nothing when a newsletter exists.
import { pathToFileURL } from "node:url";
import type { Db, Tx } from "../lib/server/db";
import { firstParagraph, readingMinutes } from "../lib/content/markdown";
import * as content from "./seed-data/content";

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_ACCOUNTS = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin", membershipTier: "free" },
  { email: "editor@example.com", name: "Emil Editor", role: "editor", membershipTier: "free" },
  { email: "member@example.com", name: "Maria Member", role: "reader", membershipTier: "member" },
  { email: "reader@example.com", name: "Rafał Reader", role: "reader", membershipTier: "free" },
] as const;

type Visibility = "public" | "members" | "paid";
type SeedReply = { authorEmail: string; body: string; daysAgo: number };
/** The fixture's shape, checked on assignment so a drift in seed-data fails type-checking here. */
type SeedContent = {
  authors: readonly { slug: string; name: string; email: string; bio: string; location: string }[];
  topics: readonly { slug: string; name: string; description: string }[];
  articles: readonly {
    slug: string;
    title: string;
    excerpt: string;
    body: string;
    teaser?: string;
    authorSlugs: readonly string[];
    topicSlugs: readonly string[];
    visibility: Visibility;
    status: "published" | "draft" | "scheduled";
    daysAgo: number;
  }[];
  issues: readonly {
    number: number;
    subject: string;
    preheader: string;
    daysAgo: number;
    sections: readonly { heading: string; body: string; visibility: Visibility; teaser?: string }[];
    articleSlugs: readonly string[];
  }[];
  comments: readonly (SeedReply & { articleSlug: string; replies?: readonly SeedReply[] })[];
};
const data: SeedContent = content;

export type SeedResult = { seeded: boolean; message: string };

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export type SeedOptions = {
  now?: Date;
  /** The demo accounts (admin, editor, member, reader). Off for a real site's sample content. */
  accounts?: boolean;
  /** Sample comments (by the authors and demo readers). */
  comments?: boolean;
  newsletter?: { name: string; description: string };
};

export async function seed(db: Db, opts: SeedOptions = {}): Promise<SeedResult> {
  if ((await db.newsletter.count()) > 0) {
    return { seeded: false, message: "Seed skipped: the database already has a newsletter." };
  }
  // One transaction: a half-seeded database would otherwise count as seeded next time.
  return db.$transaction((tx) => seedInto(tx, opts), { timeout: 120_000, maxWait: 10_000 });
}

/** Writes the newsletter and the sample content inside the caller's transaction (the database must have no newsletter). */
export async function seedInto(tx: Tx, { now = new Date(), accounts = true, comments = true, newsletter: nl }: SeedOptions = {}): Promise<SeedResult> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const newsletter = await tx.newsletter.create({
    data: {
      slug: "weekly-outlook",
      name: nl?.name ?? "Weekly Outlook",
      description: nl?.description ?? "Every Friday: the week in Central and Eastern Europe, from Tallinn to Tirana.",
      status: "active",
    },
    select: { id: true },
  });

  const memberIds = new Map<string, string>();
  const ensureMember = async (rawEmail: string, name?: string) => {
    const email = normalizeEmail(rawEmail);
    const known = memberIds.get(email);
    if (known) return known;
    const m = await tx.member.upsert({
      where: { email },
      update: {},
      create: { email, name: name ?? null, emailVerified: ago(30), createdAt: ago(60) },
      select: { id: true },
    });
    memberIds.set(email, m.id);
    return m.id;
  };

  for (const account of accounts ? DEMO_ACCOUNTS : []) {
    const isMember = account.membershipTier === "member";
    const m = await tx.member.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        membershipTier: account.membershipTier,
        membershipGrantedAt: isMember ? ago(90) : null,
        membershipSource: isMember ? "comped" : null,
        emailVerified: ago(90),
        createdAt: ago(120),
      },
      select: { id: true },
    });
    memberIds.set(account.email, m.id);
    await tx.subscription.create({
      data: { memberId: m.id, newsletterId: newsletter.id, status: "active", source: "admin", confirmedAt: ago(90), createdAt: ago(90) },
    });
    await tx.subscribeEvent.create({
      data: { memberId: m.id, newsletterId: newsletter.id, type: "added_by_editor", toStatus: "active", source: "admin", createdAt: ago(90) },
    });
  }

  const authorIds = new Map<string, string>();
  for (const a of data.authors) {
    const memberId = await ensureMember(a.email, a.name);
    const author = await tx.author.create({
      data: { slug: a.slug, name: a.name, bio: a.bio, location: a.location, email: normalizeEmail(a.email), memberId },
      select: { id: true },
    });
    authorIds.set(a.slug, author.id);
  }

  const topicIds = new Map<string, string>();
  for (const t of data.topics) {
    const topic = await tx.topic.create({ data: { slug: t.slug, name: t.name, description: t.description }, select: { id: true } });
    topicIds.set(t.slug, topic.id);
  }

  const articleIds = new Map<string, string>();
  for (const a of data.articles) {
    let publishedAt: Date | null = a.status === "draft" ? null : ago(a.daysAgo);
    // A scheduled article always lies in the future, whatever the fixture says.
    if (a.status === "scheduled" && publishedAt && publishedAt.getTime() <= now.getTime()) {
      publishedAt = new Date(now.getTime() + 7 * DAY);
    }
    const teaser = a.teaser ?? (a.visibility !== "public" ? firstParagraph(a.body) : null);
    const created = await tx.article.create({
      data: {
        slug: a.slug,
        title: a.title,
        excerpt: a.excerpt,
        body: a.body,
        teaser,
        visibility: a.visibility,
        status: a.status,
        publishedAt,
        readingMinutes: readingMinutes(a.body),
        searchText: `${a.title} ${a.excerpt}`.toLowerCase(),
        createdAt: publishedAt && publishedAt < now ? publishedAt : ago(1),
        authors: {
          create: a.authorSlugs.map((slug, position) => ({ authorId: required(authorIds, slug, "author"), position })),
        },
        topics: { create: a.topicSlugs.map((slug) => ({ topicId: required(topicIds, slug, "topic") })) },
      },
      select: { id: true },
    });
    articleIds.set(a.slug, created.id);
  }

  for (const issue of data.issues) {
    const at = ago(issue.daysAgo);
    await tx.issue.create({
      data: {
        newsletterId: newsletter.id,
        number: issue.number,
        subject: issue.subject,
        preheader: issue.preheader,
        status: "sent",
        publishedAt: at,
        sentAt: at,
        createdAt: ago(issue.daysAgo + 1),
        sections: {
          create: issue.sections.map((s, position) => ({
            position,
            heading: s.heading,
            body: s.body,
            visibility: s.visibility,
            teaser: s.teaser ?? null,
          })),
        },
        articles: {
          create: issue.articleSlugs.map((slug, position) => ({ articleId: required(articleIds, slug, "article"), position })),
        },
      },
    });
  }

  for (const c of comments ? data.comments : []) {
    const articleId = required(articleIds, c.articleSlug, "article");
    const parent = await tx.comment.create({
      data: { articleId, memberId: await ensureMember(c.authorEmail), body: c.body, createdAt: ago(c.daysAgo) },
      select: { id: true },
    });
    for (const r of c.replies ?? []) {
      await tx.comment.create({
        data: { articleId, parentId: parent.id, memberId: await ensureMember(r.authorEmail), body: r.body, createdAt: ago(r.daysAgo) },
      });
    }
  }

  return {
    seeded: true,
    message:
      `Seeded ${nl?.name ?? "Weekly Outlook"}: ${data.articles.length} articles, ${data.issues.length} issues, ` +
      `${data.authors.length} authors, ${data.topics.length} topics` +
      (accounts ? `; demo accounts ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}.` : "; no accounts."),
  };
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Seed data refers to an unknown ${what}: ${key}`);
  return id;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { isDemoMode } = await import("../lib/server/demo-mode.mjs");
  if (!isDemoMode()) {
    console.error(
      "[seed] Refusing: this database is not the quick-start demo (DATABASE_URL or APP_URL is set), and the seed " +
        "adds demo staff (admin@example.com, editor@example.com). Set up the site with `npm run setup -- --owner you@example.org " +
        "[--sample]` (sample content without demo accounts), or set DEMO=1 to make this the demo.",
    );
    process.exit(1);
  }
  const { db } = await import("../lib/server/db");
  try {
    const result = await seed(db);
    console.log(result.message);
  } finally {
    await db.$disconnect();
  }
}
