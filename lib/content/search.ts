// Public search over titles and excerpts (Article.searchText), published articles only.
import "server-only";
import { cardSelect, publishedWhere, toCard, type ArticleCard } from "./articles";
import { db } from "../server/db";
import { pageWindow, totalPagesOf, type Paged } from "../shared/pagination";

export const MAX_QUERY_LENGTH = 100;

/** Normalizes a raw query: trimmed, whitespace collapsed, lower-cased (searchText is lower-case), bounded. */
export function normalizeQuery(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).toLowerCase();
}

/**
 * Articles whose title or excerpt contains the term. Matches only searchText, which never holds
 * body text, so members-only prose cannot leak through results.
 */
export async function searchArticles(rawQuery: string, { page = 1, perPage = 20 } = {}): Promise<Paged<ArticleCard> & { query: string }> {
  const query = normalizeQuery(rawQuery);
  if (!query) return { items: [], page: 1, perPage, total: 0, totalPages: 1, query };
  const where = { ...publishedWhere(), searchText: { contains: query } };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], ...pageWindow(page, perPage), select: cardSelect }),
  ]);
  return { items: rows.map(toCard), page, perPage, total, totalPages: totalPagesOf(total, perPage), query };
}
