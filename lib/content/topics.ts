// Topics: the public list with counts of published articles, and one topic with its articles.
import "server-only";
import { cardSelect, publishedWhere, toCard, type ArticleCard } from "./articles";
import { db } from "../server/db";
import { pageWindow, totalPagesOf, type Paged } from "../shared/pagination";

export type TopicSummary = { slug: string; name: string; description: string | null; articleCount: number };

export async function listTopics(): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { articles: { where: { article: publishedWhere() } } } },
    },
  });
  return rows.map((t) => ({ slug: t.slug, name: t.name, description: t.description, articleCount: t._count.articles }));
}

export async function listTopicSlugs(): Promise<string[]> {
  const rows = await db.topic.findMany({ select: { slug: true } });
  return rows.map((r) => r.slug);
}

export async function getTopic(slug: string): Promise<Omit<TopicSummary, "articleCount"> | null> {
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true, description: true } });
}

/** Page size of the public topic page, like the home page's; `?page=N` pages past page 1 are static routes too. */
export const TOPIC_ARTICLES_PER_PAGE = 10;

export async function listTopicArticles(slug: string, { page = 1, perPage = TOPIC_ARTICLES_PER_PAGE } = {}): Promise<Paged<ArticleCard>> {
  const where = { ...publishedWhere(), topics: { some: { topic: { slug } } } };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], ...pageWindow(page, perPage), select: cardSelect }),
  ]);
  return { items: rows.map(toCard), page, perPage, total, totalPages: totalPagesOf(total, perPage) };
}
