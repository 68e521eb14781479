// Public-site domain modules over the demo seed: only published content is reachable, and members-only
// text (article bodies, issue sections) never reaches an anonymous viewer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareTestDatabase } from "../support/test-db";
import * as content from "../../prisma/seed-data/content";

// The seed needs an empty database (it does nothing once a newsletter exists), so this file gets its
// own, rather than the worker database that other test files share.
const engine = (process.env.TEST_DB ?? "sqlite") as "sqlite" | "postgres";
process.env.DATABASE_URL = await prepareTestDatabase(engine, `${engine}_site_${process.env.VITEST_POOL_ID ?? "0"}`, true);

const { db } = await import("@/lib/server/db");
const { seed } = await import("../../prisma/seed");
const articles = await import("@/lib/content/articles");
const issues = await import("@/lib/content/issues");
const topics = await import("@/lib/content/topics");
const authors = await import("@/lib/content/authors");
const search = await import("@/lib/content/search");
const { parsePage } = await import("@/lib/shared/pagination");

const published = content.articles.filter((a) => a.status === "published");
const hidden = content.articles.filter((a) => a.status !== "published");
const membersArticle = published.find((a) => a.visibility === "members")!;
const publicArticle = published.find((a) => a.visibility === "public")!;
const paidArticle = published.find((a) => a.visibility === "paid")!;
/** A sentence from deep inside a body: never part of a teaser. */
const lastParagraph = (markdown: string) => markdown.trim().split(/\n\s*\n/).at(-1)!.slice(0, 60);

beforeAll(async () => {
  const first = await seed(db);
  expect(first.seeded).toBe(true);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("seed", () => {
  it("is idempotent: a second run changes nothing", async () => {
    const before = await db.article.count();
    const again = await seed(db);
    expect(again.seeded).toBe(false);
    expect(await db.article.count()).toBe(before);
    expect(await db.newsletter.count()).toBe(1);
  });

  it("creates the demo accounts with roles, membership and an active subscription", async () => {
    const rows = await db.member.findMany({
      where: { email: { in: ["admin@example.com", "editor@example.com", "member@example.com", "reader@example.com"] } },
      select: { email: true, role: true, membershipTier: true, subscriptions: { select: { status: true, newsletter: { select: { slug: true } } } } },
      orderBy: { email: "asc" },
    });
    expect(rows.map((r) => [r.email, r.role, r.membershipTier])).toEqual([
      ["admin@example.com", "admin", "free"],
      ["editor@example.com", "editor", "free"],
      ["member@example.com", "reader", "member"],
      ["reader@example.com", "reader", "free"],
    ]);
    for (const r of rows) expect(r.subscriptions).toEqual([{ status: "active", newsletter: { slug: "weekly-outlook" } }]);
  });

  it("links authors to members by email and derives reading time and search text", async () => {
    const author = await db.author.findUniqueOrThrow({ where: { slug: content.authors[0]!.slug }, select: { member: { select: { email: true } } } });
    expect(author.member?.email).toBe(content.authors[0]!.email.toLowerCase());
    const a = await db.article.findUniqueOrThrow({ where: { slug: publicArticle.slug }, select: { readingMinutes: true, searchText: true } });
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.searchText).toBe(`${publicArticle.title} ${publicArticle.excerpt}`.toLowerCase());
  });
});

describe("articles", () => {
  it("lists published articles only, newest first, paginated", async () => {
    const page1 = await articles.listPublishedArticles({ page: 1, perPage: 5 });
    expect(page1.total).toBe(published.length);
    expect(page1.items).toHaveLength(5);
    const times = page1.items.map((a) => a.publishedAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    const all = await articles.listPublishedArticles({ page: 1, perPage: 500 });
    const slugs = new Set(all.items.map((a) => a.slug));
    for (const a of hidden) expect(slugs.has(a.slug)).toBe(false);
  });

  it("does not return drafts or scheduled articles, even by slug", async () => {
    for (const a of hidden) {
      expect(await articles.getArticleForViewer(a.slug, null)).toBeNull();
      expect(await articles.getArticleForViewer(a.slug, { level: "paid" })).toBeNull();
    }
    expect(await articles.getArticleForViewer("no-such-article", null)).toBeNull();
  });

  it("shows a public article in full to anyone", async () => {
    const a = await articles.getArticleForViewer(publicArticle.slug, null);
    expect(a?.locked).toBe(false);
    expect(a?.html).toContain(lastParagraph(publicArticle.body).slice(0, 30));
  });

  it("gives anonymous viewers and non-members only the teaser of a members article", async () => {
    const tail = lastParagraph(membersArticle.body).slice(0, 30);
    for (const viewer of [null, { level: "public" as const }]) {
      const a = await articles.getArticleForViewer(membersArticle.slug, viewer);
      expect(a?.locked).toBe(true);
      expect(a?.html).not.toContain(tail);
      expect(JSON.stringify(a)).not.toContain(tail);
    }
    const member = await articles.getArticleForViewer(membersArticle.slug, { level: "paid" });
    expect(member?.locked).toBe(false);
    expect(member?.html).toContain(tail);
  });

  it("uses all three access levels in the demo content", () => {
    expect(new Set(published.map((a) => a.visibility))).toEqual(new Set(["public", "members", "paid"]));
    expect(new Set(content.issues.flatMap((i) => i.sections.map((s) => s.visibility)))).toEqual(new Set(["public", "members", "paid"]));
    // Most gated pieces are at `members`, a few at `paid`.
    expect(published.filter((a) => a.visibility === "members").length).toBeGreaterThan(published.filter((a) => a.visibility === "paid").length);
  });

  it("opens each level to viewers at or above it and to nobody below", async () => {
    const cases = [
      { article: membersArticle, open: ["members", "paid"] },
      { article: paidArticle, open: ["paid"] },
    ] as const;
    for (const { article, open } of cases) {
      const tail = lastParagraph(article.body).slice(0, 30);
      for (const level of ["public", "members", "paid"] as const) {
        for (const viewer of level === "public" ? [null, { level }] : [{ level }]) {
          const a = await articles.getArticleForViewer(article.slug, viewer);
          const may = (open as readonly string[]).includes(level);
          expect(a?.locked, `${article.visibility} article for ${level}`).toBe(!may);
          expect(JSON.stringify(a).includes(tail), `${article.visibility} article body for ${level}`).toBe(may);
        }
      }
    }
  });

  it("puts no members-only or paid body in the feed", async () => {
    const feed = await articles.listFeedArticles(500);
    expect(feed.find((f) => f.slug === paidArticle.slug)?.html).toBeNull();
    expect(JSON.stringify(feed)).not.toContain(lastParagraph(paidArticle.body).slice(0, 30));
  });

  it("puts no members-only body in the feed", async () => {
    const feed = await articles.listFeedArticles(500);
    const item = feed.find((f) => f.slug === membersArticle.slug);
    expect(item?.html).toBeNull();
    expect(JSON.stringify(feed)).not.toContain(lastParagraph(membersArticle.body).slice(0, 30));
    expect(feed.find((f) => f.slug === publicArticle.slug)?.html).toBeTruthy();
    for (const a of hidden) expect(feed.some((f) => f.slug === a.slug)).toBe(false);
  });

  it("lists more articles by the same author without the current one", async () => {
    const more = await articles.listMoreByAuthors(publicArticle.authorSlugs, publicArticle.slug, 10);
    expect(more.every((a) => a.slug !== publicArticle.slug)).toBe(true);
    expect(more.every((a) => a.authors.some((au) => publicArticle.authorSlugs.includes(au.slug)))).toBe(true);
  });
});

describe("issues", () => {
  const issueWithMembers = content.issues.find((i) => i.sections.some((s) => s.visibility === "members"))!;
  const membersSection = issueWithMembers.sections.find((s) => s.visibility === "members")!;

  it("returns the latest sent issue and the archive newest first", async () => {
    const latest = await issues.getLatestIssue();
    const max = Math.max(...content.issues.map((i) => i.number));
    expect(latest?.number).toBe(max);
    const list = await issues.listPublicIssues({ page: 1, perPage: 100 });
    expect(list.items.map((i) => i.number)).toEqual([...content.issues.map((i) => i.number)].sort((a, b) => b - a));
  });

  it("locks members-only sections for anonymous viewers and opens them for members", async () => {
    const tail = lastParagraph(membersSection.body).slice(0, 30);
    const anon = await issues.getIssueForViewer(issueWithMembers.number, null);
    const locked = anon?.sections.find((s) => s.heading === membersSection.heading);
    expect(locked?.locked).toBe(true);
    expect(anon?.hasLockedSections).toBe(true);
    expect(JSON.stringify(anon)).not.toContain(tail);
    const member = await issues.getIssueForViewer(issueWithMembers.number, { level: "paid" });
    expect(member?.sections.find((s) => s.heading === membersSection.heading)?.html).toContain(tail);
  });

  it("opens a paid section to supporters only: members-level readers get its teaser", async () => {
    const issue = content.issues.find((i) => i.sections.some((s) => s.visibility === "paid"))!;
    const paid = issue.sections.find((s) => s.visibility === "paid")!;
    const tail = lastParagraph(paid.body).slice(0, 30);
    for (const viewer of [null, { level: "public" as const }, { level: "members" as const }]) {
      const got = await issues.getIssueForViewer(issue.number, viewer);
      expect(got?.sections.find((s) => s.heading === paid.heading)?.locked).toBe(true);
      expect(JSON.stringify(got)).not.toContain(tail);
    }
    const supporter = await issues.getIssueForViewer(issue.number, { level: "paid" });
    expect(supporter?.sections.find((s) => s.heading === paid.heading)?.html).toContain(tail);
  });

  it("returns null for unknown or malformed issue numbers", async () => {
    for (const n of [0, -1, 1.5, Number.NaN, 999_999]) expect(await issues.getIssueForViewer(n, null)).toBeNull();
  });
});

describe("topics, authors and search", () => {
  it("counts only published articles per topic", async () => {
    const list = await topics.listTopics();
    for (const t of list) {
      const expected = published.filter((a) => a.topicSlugs.includes(t.slug)).length;
      expect([t.slug, t.articleCount]).toEqual([t.slug, expected]);
    }
  });

  it("lists an author's published articles and never exposes their email", async () => {
    const slug = content.authors[0]!.slug;
    const profile = await authors.getAuthor(slug);
    expect(profile).not.toHaveProperty("email");
    const list = await authors.listAuthorArticles(slug, { perPage: 100 });
    expect(list.total).toBe(published.filter((a) => a.authorSlugs.includes(slug)).length);
  });

  it("pages a topic's published articles newest first, without gaps or overlaps", async () => {
    const expected = published.filter((a) => a.topicSlugs.includes("politics")).map((a) => a.slug);
    // The e2e test walks to page 2 of this topic at the default page size.
    expect(expected.length).toBeGreaterThan(topics.TOPIC_ARTICLES_PER_PAGE);
    const first = await topics.listTopicArticles("politics", { page: 1 });
    expect([first.perPage, first.total, first.items.length]).toEqual([topics.TOPIC_ARTICLES_PER_PAGE, expected.length, topics.TOPIC_ARTICLES_PER_PAGE]);
    expect(first.totalPages).toBe(Math.ceil(expected.length / topics.TOPIC_ARTICLES_PER_PAGE));

    const perPage = 5;
    const pages = [];
    for (let page = 1; page <= Math.ceil(expected.length / perPage); page++) {
      const p = await topics.listTopicArticles("politics", { page, perPage });
      expect([p.page, p.totalPages, p.total]).toEqual([page, Math.ceil(expected.length / perPage), expected.length]);
      pages.push(p.items);
    }
    expect(pages.map((items) => items.length)).toEqual(pages.map((_, i) => Math.min(perPage, expected.length - i * perPage)));
    const all = pages.flat();
    expect(all.map((a) => a.slug).sort()).toEqual([...expected].sort());
    const times = all.map((a) => a.publishedAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(all.every((a) => a.topics.some((t) => t.slug === "politics"))).toBe(true);
    // Past the end: no rows (the page turns that into a 404).
    const beyond = await topics.listTopicArticles("politics", { page: pages.length + 1, perPage });
    expect([beyond.items, beyond.totalPages]).toEqual([[], pages.length]);
    expect(await topics.listTopicArticles("no-such-topic")).toMatchObject({ items: [], total: 0, totalPages: 1 });
  });

  it("pages an author's published articles newest first, without gaps or overlaps", async () => {
    const countFor = (slug: string) => published.filter((a) => a.authorSlugs.includes(slug)).length;
    const slug = [...content.authors].sort((x, y) => countFor(y.slug) - countFor(x.slug))[0]!.slug;
    const expected = published.filter((a) => a.authorSlugs.includes(slug)).map((a) => a.slug);
    expect(expected.length).toBeGreaterThan(2);
    expect((await authors.listAuthorArticles(slug)).perPage).toBe(authors.AUTHOR_ARTICLES_PER_PAGE);

    const perPage = 2;
    const totalPages = Math.ceil(expected.length / perPage);
    const all = [];
    for (let page = 1; page <= totalPages; page++) {
      const p = await authors.listAuthorArticles(slug, { page, perPage });
      expect([p.page, p.totalPages, p.total, p.items.length]).toEqual([page, totalPages, expected.length, Math.min(perPage, expected.length - (page - 1) * perPage)]);
      all.push(...p.items);
    }
    expect(all.map((a) => a.slug).sort()).toEqual([...expected].sort());
    const times = all.map((a) => a.publishedAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect((await authors.listAuthorArticles(slug, { page: totalPages + 1, perPage })).items).toEqual([]);
  });

  it("searches titles and excerpts case-insensitively, published only", async () => {
    const word = publicArticle.title.split(" ").find((w) => w.length > 5)!;
    const r = await search.searchArticles(word.toUpperCase());
    expect(r.items.some((a) => a.slug === publicArticle.slug)).toBe(true);
    for (const a of hidden) {
      const hit = await search.searchArticles(a.title);
      expect(hit.items.some((i) => i.slug === a.slug)).toBe(false);
    }
    expect((await search.searchArticles("   ")).items).toEqual([]);
    expect(search.normalizeQuery("  Grid   BET ")).toBe("grid bet");
  });

  it("parses page numbers strictly", () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage("3")).toBe(3);
    for (const bad of ["0", "-1", "abc", "1e3", "99999999", "2.5"]) expect(parsePage(bad)).toBeNull();
  });
});
