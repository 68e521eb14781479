// Articles as the public site sees them: published lists, one article for a viewer, feed and sitemap rows.
import "server-only";
import { db } from "../server/db";
import { imageInfo, type ImageInfo } from "./images";
import { firstParagraph, renderMarkdown } from "./markdown";
import { pageWindow, totalPagesOf, type Paged } from "../shared/pagination";
import { canRead, type AccessLevel, type ContentViewer } from "../shared/access";

export type Visibility = AccessLevel;
export type AuthorRef = { slug: string; name: string };
export type TopicRef = { slug: string; name: string };

export type ArticleCard = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  readingMinutes: number;
  visibility: Visibility;
  authors: AuthorRef[];
  topics: TopicRef[];
  /** The cover image as stored (`/uploads/…`), or null. */
  coverImage: string | null;
};

export type ArticleDetail = ArticleCard & {
  id: string;
  /** The cover measured (absolute URL, width, height) for the page, social cards and JSON-LD. */
  cover: ImageInfo | null;
  updatedAt: Date;
  /** Sanitized HTML: the whole body, or only the teaser when `locked`. */
  html: string;
  /** True when the viewer may not read the body: `html` then holds the teaser and nothing more. */
  locked: boolean;
  commentCount: number;
};

/** Published means status published AND a publication time that has come: scheduled posts stay hidden. */
export function publishedWhere(now = new Date()) {
  return { status: "published" as const, publishedAt: { not: null, lte: now } };
}

export const cardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  readingMinutes: true,
  visibility: true,
  coverImage: true,
  authors: { orderBy: { position: "asc" as const }, select: { author: { select: { slug: true, name: true } } } },
  topics: { orderBy: { topic: { name: "asc" as const } }, select: { topic: { select: { slug: true, name: true } } } },
};

type CardRow = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date | null;
  readingMinutes: number;
  visibility: Visibility;
  coverImage: string | null;
  authors: { author: AuthorRef }[];
  topics: { topic: TopicRef }[];
};

export function toCard(row: CardRow): ArticleCard {
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    // publishedWhere guarantees a date; the fallback only satisfies the type.
    publishedAt: row.publishedAt ?? new Date(0),
    readingMinutes: row.readingMinutes,
    visibility: row.visibility,
    authors: row.authors.map((a) => ({ slug: a.author.slug, name: a.author.name })),
    topics: row.topics.map((t) => ({ slug: t.topic.slug, name: t.topic.name })),
    coverImage: row.coverImage,
  };
}

/** The public teaser of a members-only text: the editor's teaser, else the first paragraph. */
export function teaserOf(teaser: string | null, body: string): string {
  return teaser?.trim() ? teaser : firstParagraph(body);
}

export async function listPublishedArticles({ page = 1, perPage = 10 }: { page?: number; perPage?: number } = {}): Promise<
  Paged<ArticleCard>
> {
  const where = publishedWhere();
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      ...pageWindow(page, perPage),
      select: cardSelect,
    }),
  ]);
  return { items: rows.map(toCard), page, perPage, total, totalPages: totalPagesOf(total, perPage) };
}

/**
 * One published article for a viewer. A body above the viewer's level is never returned: they get
 * the teaser with `locked: true`. Drafts, scheduled and unknown slugs give null.
 */
export async function getArticleForViewer(slug: string, viewer: ContentViewer): Promise<ArticleDetail | null> {
  const row = await db.article.findFirst({
    where: { slug, ...publishedWhere() },
    select: {
      ...cardSelect,
      id: true,
      updatedAt: true,
      body: true,
      teaser: true,
      _count: { select: { comments: { where: { status: "visible" } } } },
    },
  });
  if (!row) return null;
  const locked = !canRead(viewer, row.visibility);
  const markdown = locked ? teaserOf(row.teaser, row.body) : row.body;
  return {
    ...toCard(row),
    id: row.id,
    cover: await imageInfo(row.coverImage),
    updatedAt: row.updatedAt,
    html: renderMarkdown(markdown),
    locked,
    commentCount: row._count.comments,
  };
}

/** Open Graph / metadata fields: never any body text. */
export async function getArticleMeta(slug: string) {
  const row = await db.article.findFirst({
    where: { slug, ...publishedWhere() },
    select: { title: true, excerpt: true, publishedAt: true, updatedAt: true, visibility: true, authors: cardSelect.authors },
  });
  if (!row) return null;
  return {
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    visibility: row.visibility,
    authors: row.authors.map((a) => a.author.name),
  };
}

/** Slugs of the newest published articles, for build-time prerendering. */
export async function listPublishedArticleSlugs(limit = 500): Promise<string[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(),
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

/** Sitemap rows: every published article with its last change. */
export async function listArticlesForSitemap(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.article.findMany({
    where: publishedWhere(),
    orderBy: { publishedAt: "desc" },
    select: { slug: true, updatedAt: true },
  });
}

export type FeedItem = ArticleCard & { html: string | null; cover: ImageInfo | null };

/** RSS items: public articles carry their body; members-only ones carry the excerpt only (html null). */
export async function listFeedArticles(limit = 30): Promise<FeedItem[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(),
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { ...cardSelect, body: true },
  });
  return Promise.all(
    rows.map(async (r) => ({ ...toCard(r), html: r.visibility === "public" ? renderMarkdown(r.body) : null, cover: await imageInfo(r.coverImage) })),
  );
}

/** Other published articles by any of the given authors, newest first. */
export async function listMoreByAuthors(authorSlugs: string[], excludeSlug: string, limit = 3): Promise<ArticleCard[]> {
  if (authorSlugs.length === 0) return [];
  const rows = await db.article.findMany({
    where: { ...publishedWhere(), slug: { not: excludeSlug }, authors: { some: { author: { slug: { in: authorSlugs } } } } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}
