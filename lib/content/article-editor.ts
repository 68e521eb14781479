// Admin side of articles: list with filters, load for editing, save (slug, reading time, search text), delete.
import { z } from "zod";
import "server-only";
import { recordAudit } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { db, type Tx } from "../server/db";
import { readingMinutes, renderMarkdown } from "./markdown";
import { slugify } from "../shared/slug";
import { indexArticles, unindexArticle } from "./search";
import { ArticleSchema, type ArticleInput } from "./schemas";

export const ARTICLES_PAGE_SIZE = 30;

async function uniqueSlug(tx: Tx, base: string, exceptId?: string): Promise<string> {
  for (let n = 1; n < 500; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const hit = await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!hit || hit.id === exceptId) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}

export type ArticleFilters = { status?: string; topic?: string; author?: string; q?: string; page?: number };

export async function listArticlesAdmin(f: ArticleFilters) {
  await requireEditor("/admin/articles");
  const statuses = ["draft", "scheduled", "published"] as const;
  const status = statuses.find((x) => x === f.status);
  const where = {
    ...(status ? { status } : {}),
    ...(f.topic ? { topics: { some: { topicId: f.topic } } } : {}),
    ...(f.author ? { authors: { some: { authorId: f.author } } } : {}),
    ...(f.q ? { searchText: { contains: f.q.toLowerCase().slice(0, 100) } } : {}),
  };
  const page = Math.max(1, Math.min(f.page ?? 1, 10_000));
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }],
      skip: (page - 1) * ARTICLES_PAGE_SIZE,
      take: ARTICLES_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        visibility: true,
        publishedAt: true,
        updatedAt: true,
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
        topics: { select: { topic: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total,
    page,
    pages: Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE)),
    articles: rows.map((r) => ({
      id: r.id,
      title: r.title,
      slug: r.slug,
      status: r.status,
      visibility: r.visibility,
      publishedAt: r.publishedAt,
      updatedAt: r.updatedAt,
      authors: r.authors.map((a) => a.author.name),
      topics: r.topics.map((t) => t.topic.name),
    })),
  };
}

export async function listTaxonomy() {
  await requireEditor();
  const [topics, authors] = await Promise.all([
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { topics, authors };
}

export type ArticleForEdit = {
  id: string;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  teaser: string;
  coverImage: string | null;
  visibility: "public" | "members" | "paid";
  status: "draft" | "scheduled" | "published";
  publishedAt: string | null;
  topicIds: string[];
  authorIds: string[];
  updatedAt: string;
};

export async function getArticleForEdit(id: string): Promise<ArticleForEdit | null> {
  await requireEditor(`/admin/articles/${id}`);
  const a = await db.article.findUnique({
    where: { id },
    select: {
      id: true, title: true, slug: true, excerpt: true, body: true, teaser: true, coverImage: true, visibility: true, status: true,
      publishedAt: true, updatedAt: true,
      topics: { select: { topicId: true } },
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
    },
  });
  if (!a) return null;
  return {
    ...a,
    teaser: a.teaser ?? "",
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    topicIds: a.topics.map((t) => t.topicId),
    authorIds: a.authors.map((x) => x.authorId),
  };
}

export type SaveArticleResult =
  | { ok: true; id: string; slug: string; status: string; revalidate: string[] }
  | { ok: false; fieldErrors?: Record<string, string[] | undefined>; formError?: string };

/** Creates or updates an article. Public paths to revalidate are returned when it is (or was) live. */
export async function saveArticle(raw: unknown, opts: { autosave?: boolean } = {}): Promise<SaveArticleResult> {
  const viewer = await requireEditor();
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const input: ArticleInput = parsed.data;
  // Autosave keeps a draft a draft: it never publishes by itself.
  return db.$transaction(async (tx) => {
    const existing = input.id
      ? await tx.article.findUnique({ where: { id: input.id }, select: { id: true, slug: true, status: true, publishedAt: true } })
      : null;
    if (input.id && !existing) return { ok: false as const, formError: "This article no longer exists." };
    const status = opts.autosave && existing ? existing.status : opts.autosave ? "draft" : input.status;
    if (input.slug) {
      const clash = await tx.article.findUnique({ where: { slug: input.slug }, select: { id: true } });
      if (clash && clash.id !== existing?.id) return { ok: false as const, fieldErrors: { slug: ["Another article already uses this slug."] } };
    }
    const slug = input.slug ?? (await uniqueSlug(tx, slugify(input.title), existing?.id));
    const publishedAt =
      status === "published" ? (input.publishedAt && input.publishedAt <= new Date() ? input.publishedAt : (existing?.publishedAt ?? new Date())) :
      status === "scheduled" ? (input.publishedAt ?? null) :
      (input.publishedAt ?? null);
    const [topics, authors] = await Promise.all([
      tx.topic.findMany({ where: { id: { in: input.topicIds } }, select: { id: true } }),
      tx.author.findMany({ where: { id: { in: input.authorIds } }, select: { id: true } }),
    ]);
    const topicIds = new Set(topics.map((t) => t.id));
    const authorIds = new Set(authors.map((a) => a.id));
    const data = {
      title: input.title,
      slug,
      excerpt: input.excerpt,
      body: input.body,
      teaser: input.teaser.trim() ? input.teaser : null,
      coverImage: input.coverImage ?? null,
      visibility: input.visibility,
      status,
      publishedAt,
      readingMinutes: readingMinutes(input.body),
      searchText: `${input.title} ${input.excerpt}`.toLowerCase(),
    };
    let id: string;
    if (existing) {
      await tx.article.update({ where: { id: existing.id }, data });
      await tx.articleTopic.deleteMany({ where: { articleId: existing.id } });
      await tx.articleAuthor.deleteMany({ where: { articleId: existing.id } });
      id = existing.id;
    } else {
      id = (await tx.article.create({ data, select: { id: true } })).id;
    }
    const orderedTopics = input.topicIds.filter((t, i, all) => topicIds.has(t) && all.indexOf(t) === i);
    const orderedAuthors = input.authorIds.filter((a, i, all) => authorIds.has(a) && all.indexOf(a) === i);
    if (orderedTopics.length) await tx.articleTopic.createMany({ data: orderedTopics.map((topicId) => ({ articleId: id, topicId })) });
    if (orderedAuthors.length) await tx.articleAuthor.createMany({ data: orderedAuthors.map((authorId, position) => ({ articleId: id, authorId, position })) });
    await indexArticles(tx, [id]);
    if (!opts.autosave || !existing) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: existing ? (existing.status !== status ? `article.${status}` : "article.update") : "article.create",
        entityType: "Article",
        entityId: id,
        detail: { title: input.title, status, slug },
      });
    }
    const wasLive = existing?.status === "published" || existing?.status === "scheduled";
    const isLive = status === "published" || status === "scheduled";
    const revalidate = wasLive || isLive ? articlePaths(slug, existing && existing.slug !== slug ? existing.slug : undefined) : [];
    return { ok: true as const, id, slug, status, revalidate };
  });
}

function articlePaths(slug: string, oldSlug?: string): string[] {
  const paths = ["/", `/articles/${slug}`, "/archive", "/feed.xml", "/sitemap.xml"];
  if (oldSlug) paths.push(`/articles/${oldSlug}`);
  return paths;
}

export async function deleteArticle(id: string): Promise<{ revalidate: string[] } | null> {
  const viewer = await requireEditor();
  return db.$transaction(async (tx) => {
    const a = await tx.article.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true } });
    if (!a) return null;
    await tx.article.delete({ where: { id } });
    await unindexArticle(tx, id);
    await recordAudit(tx, { actorId: viewer.id, action: "article.delete", entityType: "Article", entityId: id, detail: { title: a.title, slug: a.slug } });
    return { revalidate: a.status === "draft" ? [] : articlePaths(a.slug) };
  });
}

/** Sanitized HTML for the editor's live preview. */
export async function previewMarkdown(markdown: string): Promise<string> {
  await requireEditor();
  return renderMarkdown(markdown.slice(0, 200_000));
}
