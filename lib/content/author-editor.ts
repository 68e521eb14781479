// Admin side of authors and topics: list with article counts, load, create and edit (slug checked and
// unique), delete — refused while articles still name them. Editors and admins only; audited.
import "server-only";
import { requireEditor } from "../auth/guards";
import { recordAudit } from "../server/audit";
import { db } from "../server/db";
import { fieldError, formError, fromZodError, ok, type ActionResult } from "../shared/action-result";
import { slugify } from "../shared/slug";
import { indexArticles } from "./search";
import { AuthorSchema, TopicSchema } from "./schemas";

export type AuthorRow = { id: string; slug: string; name: string; bio: string | null; location: string | null; photo: string | null; articleCount: number };
export type TopicRow = { id: string; slug: string; name: string; description: string | null; articleCount: number };
export type SavedEntity = { id: string; slug: string; previousSlug: string | null; articleSlugs: string[] };

export async function listAuthorsAdmin(): Promise<AuthorRow[]> {
  await requireEditor("/admin/authors");
  const rows = await db.author.findMany({
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, bio: true, location: true, photo: true, _count: { select: { articles: true } } },
  });
  return rows.map(({ _count, ...a }) => ({ ...a, articleCount: _count.articles }));
}

export async function getAuthorForEdit(id: string): Promise<AuthorRow | null> {
  await requireEditor(`/admin/authors/${id}`);
  const a = await db.author.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, bio: true, location: true, photo: true, _count: { select: { articles: true } } },
  });
  if (!a) return null;
  const { _count, ...rest } = a;
  return { ...rest, articleCount: _count.articles };
}

export async function listTopicsAdmin(): Promise<TopicRow[]> {
  await requireEditor("/admin/topics");
  const rows = await db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true, _count: { select: { articles: true } } } });
  return rows.map(({ _count, ...t }) => ({ ...t, articleCount: _count.articles }));
}

export async function getTopicForEdit(id: string): Promise<TopicRow | null> {
  await requireEditor(`/admin/topics/${id}`);
  const t = await db.topic.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true, _count: { select: { articles: true } } } });
  if (!t) return null;
  const { _count, ...rest } = t;
  return { ...rest, articleCount: _count.articles };
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
const TAKEN = "Another one already has this slug: choose a different one.";

/** Creates (no id) or updates an author. `photo` is an uploaded `/uploads/…` path, or null to remove it. */
export async function saveAuthor(raw: unknown): Promise<ActionResult<SavedEntity>> {
  const editor = await requireEditor("/admin/authors");
  const parsed = AuthorSchema.safeParse(raw);
  if (!parsed.success) return fromZodError(parsed.error);
  const { id, name, bio, location, photo } = parsed.data;
  const slug = parsed.data.slug ?? slugify(name);
  // names are part of the search index: the renamed one's articles are reindexed after the commit
  let reindex: string[] = [];
  try {
    const result = await db.$transaction(async (tx) => {
      const before = id ? await tx.author.findUnique({ where: { id }, select: { slug: true, photo: true } }) : null;
      if (id && !before) return formError("This author no longer exists.");
      const clash = await tx.author.findUnique({ where: { slug }, select: { id: true } });
      if (clash && clash.id !== id) return fieldError("slug", TAKEN);
      const data = { name, slug, bio: bio || null, location: location || null, photo: photo === undefined ? (before?.photo ?? null) : photo };
      const saved = id ? await tx.author.update({ where: { id }, data, select: { id: true } }) : await tx.author.create({ data, select: { id: true } });
      await recordAudit(tx, { actorId: editor.id, action: id ? "author.update" : "author.create", entityType: "Author", entityId: saved.id, detail: { slug, ...(before && before.slug !== slug ? { previousSlug: before.slug } : {}) } });
      const articles = await tx.article.findMany({ where: { authors: { some: { authorId: saved.id } } }, select: { id: true, slug: true, status: true } });
      if (id) reindex = articles.map((a) => a.id);
      return ok(id ? "Author saved." : "Author created.", { id: saved.id, slug, previousSlug: before && before.slug !== slug ? before.slug : null, articleSlugs: articles.filter((a) => a.status === "published").map((a) => a.slug).slice(0, 500) });
    });
    if (result.ok) await indexArticles(db, reindex);
    return result;
  } catch (e) {
    if (isUniqueViolation(e)) return fieldError("slug", TAKEN);
    throw e;
  }
}

/** Deletes an author nobody's byline uses; refuses with the count otherwise. */
export async function deleteAuthor(id: string): Promise<ActionResult<{ slug: string }>> {
  const editor = await requireEditor("/admin/authors");
  return db.$transaction(async (tx) => {
    const a = await tx.author.findUnique({ where: { id }, select: { slug: true, name: true, _count: { select: { articles: true } } } });
    if (!a) return formError("This author no longer exists.");
    const n = a._count.articles;
    if (n > 0) return formError(`${a.name} is the author of ${n} article${n === 1 ? "" : "s"}. Give ${n === 1 ? "it" : "them"} another author first, then delete.`);
    await tx.author.delete({ where: { id } });
    await recordAudit(tx, { actorId: editor.id, action: "author.delete", entityType: "Author", entityId: id, detail: { slug: a.slug, name: a.name } });
    return ok(`${a.name} deleted.`, { slug: a.slug });
  });
}

export async function saveTopic(raw: unknown): Promise<ActionResult<SavedEntity>> {
  const editor = await requireEditor("/admin/topics");
  const parsed = TopicSchema.safeParse(raw);
  if (!parsed.success) return fromZodError(parsed.error);
  const { id, name, description } = parsed.data;
  const slug = parsed.data.slug ?? slugify(name);
  // names are part of the search index: the renamed one's articles are reindexed after the commit
  let reindex: string[] = [];
  try {
    const result = await db.$transaction(async (tx) => {
      const before = id ? await tx.topic.findUnique({ where: { id }, select: { slug: true } }) : null;
      if (id && !before) return formError("This topic no longer exists.");
      const clash = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
      if (clash && clash.id !== id) return fieldError("slug", TAKEN);
      const data = { name, slug, description: description || null };
      const saved = id ? await tx.topic.update({ where: { id }, data, select: { id: true } }) : await tx.topic.create({ data, select: { id: true } });
      await recordAudit(tx, { actorId: editor.id, action: id ? "topic.update" : "topic.create", entityType: "Topic", entityId: saved.id, detail: { slug, ...(before && before.slug !== slug ? { previousSlug: before.slug } : {}) } });
      const articles = await tx.article.findMany({ where: { topics: { some: { topicId: saved.id } } }, select: { id: true, slug: true, status: true } });
      if (id) reindex = articles.map((a) => a.id);
      return ok(id ? "Topic saved." : "Topic created.", { id: saved.id, slug, previousSlug: before && before.slug !== slug ? before.slug : null, articleSlugs: articles.filter((a) => a.status === "published").map((a) => a.slug).slice(0, 500) });
    });
    if (result.ok) await indexArticles(db, reindex);
    return result;
  } catch (e) {
    if (isUniqueViolation(e)) return fieldError("slug", TAKEN);
    throw e;
  }
}

export async function deleteTopic(id: string): Promise<ActionResult<{ slug: string }>> {
  const editor = await requireEditor("/admin/topics");
  return db.$transaction(async (tx) => {
    const t = await tx.topic.findUnique({ where: { id }, select: { slug: true, name: true, _count: { select: { articles: true } } } });
    if (!t) return formError("This topic no longer exists.");
    const n = t._count.articles;
    if (n > 0) return formError(`“${t.name}” is used by ${n} article${n === 1 ? "" : "s"}. Remove it from ${n === 1 ? "that article" : "them"} first, then delete.`);
    await tx.topic.delete({ where: { id } });
    await recordAudit(tx, { actorId: editor.id, action: "topic.delete", entityType: "Topic", entityId: id, detail: { slug: t.slug, name: t.name } });
    return ok(`“${t.name}” deleted.`, { slug: t.slug });
  });
}
