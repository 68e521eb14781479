// Authors as the public site shows them: profile (no email) and their published articles.
import "server-only";
import { cardSelect, publishedWhere, toCard, type ArticleCard } from "./articles";
import { db } from "../server/db";
import { pageWindow, totalPagesOf, type Paged } from "../shared/pagination";

export type AuthorProfile = { slug: string; name: string; bio: string | null; location: string | null };

export async function getAuthor(slug: string): Promise<AuthorProfile | null> {
  return db.author.findUnique({ where: { slug }, select: { slug: true, name: true, bio: true, location: true } });
}

export async function listAuthors(): Promise<(AuthorProfile & { articleCount: number })[]> {
  const rows = await db.author.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      bio: true,
      location: true,
      _count: { select: { articles: { where: { article: publishedWhere() } } } },
    },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, articleCount: _count.articles }));
}

export async function listAuthorSlugs(): Promise<string[]> {
  const rows = await db.author.findMany({ select: { slug: true } });
  return rows.map((r) => r.slug);
}

/** Page size of the public author page, like the home page's; `?page=N` pages past page 1 are static routes too. */
export const AUTHOR_ARTICLES_PER_PAGE = 10;

export async function listAuthorArticles(slug: string, { page = 1, perPage = AUTHOR_ARTICLES_PER_PAGE } = {}): Promise<Paged<ArticleCard>> {
  const where = { ...publishedWhere(), authors: { some: { author: { slug } } } };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], ...pageWindow(page, perPage), select: cardSelect }),
  ]);
  return { items: rows.map(toCard), page, perPage, total, totalPages: totalPagesOf(total, perPage) };
}
