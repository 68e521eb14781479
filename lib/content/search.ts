// Public full-text search over published articles: SQLite FTS5 (table ArticleSearch) or PostgreSQL
// full-text search (a GIN expression index over Article), ranked, with highlighted snippets. Only
// public text is indexed — the title, excerpt, topic and author names, and searchBody (the whole
// body of a public article, the teaser of any other) — so members-only prose can never be found or
// shown. docs/decisions/0131.
import "server-only";
import { Prisma } from "../generated/sqlite/client";
import { cardSelect, publishedWhere, teaserOf, toCard, type ArticleCard } from "./articles";
import { markdownToText } from "./markdown";
import { db, isPostgres, type Tx } from "../server/db";
import { totalPagesOf, type Paged } from "../shared/pagination";

export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;
// Control characters cannot occur in indexed text (stripped below), so they mark hits unambiguously.
const START = "\u0002";
const STOP = "\u0003";

/** Normalizes a raw query: trimmed, whitespace collapsed, lower-cased, bounded. */
export function normalizeQuery(raw: string | string[] | undefined | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).toLowerCase();
}

/** The words of a query: letters and digits only (no operators reach either engine), lower-cased. */
export function queryTerms(query: string): string[] {
  const words = query.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A piece of a snippet; `hit` pieces are the matched words. Rendered as text, never as HTML. */
export type SnippetPart = { text: string; hit: boolean };
export type SearchHit = ArticleCard & { titleParts: SnippetPart[]; snippet: SnippetPart[] };

export function splitMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = new RegExp(`${START}([^${STOP}]*)${STOP}`, "g");
  let last = 0;
  for (const m of marked.matchAll(re)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index), hit: false });
    parts.push({ text: m[1] ?? "", hit: true });
    last = m.index + m[0].length;
  }
  if (last < marked.length) parts.push({ text: marked.slice(last), hit: false });
  return parts.filter((p) => p.text);
}

const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();

type IndexRow = { id: string; title: string; excerpt: string; body: string; teaser: string | null; visibility: string; topics: string[]; authors: string[] };

/** What search may see of an article: public text only, as plain text. */
export function searchDocument(a: Omit<IndexRow, "id">): { searchBody: string; searchMeta: string } {
  const publicMarkdown = a.visibility === "public" ? a.body : teaserOf(a.teaser, a.body);
  return { searchBody: clean(markdownToText(publicMarkdown)).slice(0, 200_000), searchMeta: clean([...a.topics, ...a.authors].join(" · ")) };
}

async function loadIndexRows(client: Tx | typeof db, ids: string[]): Promise<IndexRow[]> {
  const rows = await client.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, title: true, excerpt: true, body: true, teaser: true, visibility: true,
      topics: { select: { topic: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({ ...r, visibility: String(r.visibility), topics: r.topics.map((t) => t.topic.name), authors: r.authors.map((x) => x.author.name) }));
}

/**
 * Brings the search index up to date for these articles (call inside the transaction that changed
 * them, or after). Writes Article.searchBody/searchMeta; on SQLite also replaces the FTS5 row.
 */
export async function indexArticles(client: Tx | typeof db, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await loadIndexRows(client, ids.slice(i, i + 200));
    for (const r of rows) {
      const doc = searchDocument(r);
      await client.article.update({ where: { id: r.id }, data: doc, select: { id: true } });
      if (!isPostgres) {
        await client.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${r.id}`;
        await client.$executeRaw`INSERT INTO "ArticleSearch" ("articleId", "title", "meta", "excerpt", "body") VALUES (${r.id}, ${clean(r.title)}, ${doc.searchMeta}, ${clean(r.excerpt)}, ${doc.searchBody})`;
      }
    }
  }
}

/** Drops deleted articles' index rows (SQLite; PostgreSQL's index goes with the row). */
export async function unindexArticle(client: Tx | typeof db, id: string): Promise<void> {
  if (!isPostgres) await client.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${id}`;
}

let checked: Promise<void> | null = null;
/**
 * Once per process: indexes articles that have never been indexed (content from before this index,
 * or written by a path that does not index), in bounded batches.
 */
export function ensureSearchIndex(): Promise<void> {
  checked ??= (async () => {
    for (let round = 0; round < 1000; round++) {
      const missing = isPostgres
        ? await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Article" WHERE "searchMeta" = '' AND "searchBody" = '' AND ("body" <> '' OR "title" <> '') LIMIT 500`
        : await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Article" a WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s."articleId" = a."id") LIMIT 500`;
      if (!missing.length) return;
      await indexArticles(db, missing.map((m) => m.id));
    }
  })().catch((e) => {
    checked = null;
    throw e;
  });
  return checked;
}

/** Drops the once-per-process check (tests that rebuild the database). */
export function resetSearchIndexCheck(): void {
  checked = null;
}

const PG_VECTOR = Prisma.sql`(setweight(to_tsvector('english', a."title"), 'A') || setweight(to_tsvector('english', a."searchMeta"), 'B') || setweight(to_tsvector('english', a."excerpt"), 'B') || setweight(to_tsvector('english', a."searchBody"), 'C'))`;

type RankedRow = { id: string; titleHl: string; snippet: string };

async function rankedIds(terms: string[], now: Date, limit: number, offset: number): Promise<{ total: number; rows: RankedRow[] }> {
  if (isPostgres) {
    const tsq = terms.map((t) => `${t}:*`).join(" & ");
    const opts = `StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
    const titleOpts = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
    const where = Prisma.sql`a."status" = 'published' AND a."publishedAt" <= ${now} AND ${PG_VECTOR} @@ to_tsquery('english', ${tsq})`;
    const [count] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "Article" a WHERE ${where}`;
    const rows = await db.$queryRaw<RankedRow[]>`
      SELECT a."id",
        ts_headline('english', a."title", to_tsquery('english', ${tsq}), ${titleOpts}) AS "titleHl",
        ts_headline('english', CASE WHEN a."searchBody" <> '' THEN a."searchBody" ELSE a."excerpt" END, to_tsquery('english', ${tsq}), ${opts}) AS "snippet"
      FROM "Article" a WHERE ${where}
      ORDER BY ts_rank_cd(${PG_VECTOR}, to_tsquery('english', ${tsq})) DESC, a."publishedAt" DESC, a."id"
      LIMIT ${limit} OFFSET ${offset}`;
    return { total: Number(count?.n ?? 0), rows };
  }
  // FTS5: every term a quoted prefix ("energ"*), all required; bm25 weights title > meta > excerpt > body.
  const match = terms.map((t) => `"${t}"*`).join(" ");
  const where = Prisma.sql`"ArticleSearch" MATCH ${match} AND a."status" = 'published' AND a."publishedAt" <= ${now.toISOString()}`;
  const [count] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "ArticleSearch" JOIN "Article" a ON a."id" = "ArticleSearch"."articleId" WHERE ${where}`;
  const rows = await db.$queryRaw<RankedRow[]>`
    SELECT a."id",
      highlight("ArticleSearch", 1, ${START}, ${STOP}) AS "titleHl",
      CASE WHEN instr(snippet("ArticleSearch", 4, ${START}, ${STOP}, '…', 28), ${START}) > 0
        THEN snippet("ArticleSearch", 4, ${START}, ${STOP}, '…', 28)
        ELSE snippet("ArticleSearch", 3, ${START}, ${STOP}, '…', 28) END AS "snippet"
    FROM "ArticleSearch" JOIN "Article" a ON a."id" = "ArticleSearch"."articleId"
    WHERE ${where}
    ORDER BY bm25("ArticleSearch", 0.0, 10.0, 5.0, 4.0, 1.0), a."publishedAt" DESC, a."id"
    LIMIT ${limit} OFFSET ${offset}`;
  return { total: Number(count?.n ?? 0), rows };
}

/** Published articles matching every word of the query (prefixes too), best first, with highlights. */
export async function searchArticles(rawQuery: string, { page = 1, perPage = 20 } = {}): Promise<Paged<SearchHit> & { query: string; terms: string[] }> {
  const query = normalizeQuery(rawQuery);
  const terms = queryTerms(query);
  if (!terms.length) return { items: [], page: 1, perPage, total: 0, totalPages: 1, query, terms };
  await ensureSearchIndex();
  const now = new Date();
  const { total, rows } = await rankedIds(terms, now, perPage, (page - 1) * perPage);
  const cards = await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) }, ...publishedWhere(now) }, select: { ...cardSelect, id: true } });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items: SearchHit[] = [];
  for (const r of rows) {
    const c = byId.get(r.id);
    if (!c) continue;
    items.push({ ...toCard(c), titleParts: splitMarked(r.titleHl || c.title), snippet: splitMarked(r.snippet ?? "") });
  }
  return { items, page, perPage, total, totalPages: totalPagesOf(total, perPage), query, terms };
}
