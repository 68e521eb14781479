// Comments on articles: read and written by signed-in people, one level of replies, plain text,
// own edits for 15 minutes, editor moderation, reports into the moderation queue.
import "server-only";
import { audit } from "../server/audit";
import { getViewer, requireEditor, requireViewer, type Viewer } from "../auth/guards";
import { db } from "../server/db";
import { consumeRateLimit } from "../server/rate-limit";
import { canRead, type AccessLevel } from "../shared/access";

function readersOf(level: AccessLevel): string {
  return level === "paid" ? "Comments on this article are for supporters." : "Comments on this article are for members.";
}

export const EDIT_WINDOW_MS = 15 * 60_000;
const POSTS_PER_10_MIN = 10;
const REPORTS_PER_HOUR = 20;

export type CommentDTO = {
  id: string;
  parentId: string | null;
  author: string;
  body: string;
  status: "visible" | "hidden" | "deleted";
  createdAt: string;
  editedAt: string | null;
  mine: boolean;
  /** Own comment still inside the 15-minute window: may edit or delete it. */
  editableUntil: string | null;
  reportedByMe: boolean;
  replies: CommentDTO[];
};

export type CommentsView =
  | { signedIn: false; count: number }
  | { signedIn: true; count: number; canComment: boolean; canModerate: boolean; comments: CommentDTO[]; reason?: string };

type Result = { ok: true; id?: string } | { ok: false; error: string };

/** The article a comment belongs to (its cached page shows the comment count). */
export async function articleSlugOfComment(commentId: string): Promise<string | null> {
  const c = await db.comment.findUnique({ where: { id: commentId }, select: { article: { select: { slug: true } } } });
  return c?.article.slug ?? null;
}

function displayName(m: { name: string | null; email: string } | null): string {
  if (!m) return "Former reader";
  // Never show an address: the name, or "Reader" when none was given.
  return m.name?.trim() || "Reader";
}

async function findArticle(slug: string) {
  return db.article.findFirst({
    where: { slug, status: "published", publishedAt: { lte: new Date() } },
    select: { id: true, visibility: true },
  });
}

function mayReadComments(viewer: Viewer, visibility: AccessLevel): boolean {
  // Comments on a gated article may quote it: they are for readers at its level too.
  return canRead(viewer, visibility);
}

/** Number of visible comments: public, shown to everyone. */
export async function countComments(articleSlug: string): Promise<number> {
  return db.comment.count({ where: { status: "visible", article: { slug: articleSlug } } });
}

/** The comments of an article for the current viewer. Anonymous people get only the count. */
export async function getCommentsForViewer(articleSlug: string): Promise<CommentsView | null> {
  const article = await findArticle(articleSlug);
  if (!article) return null;
  const count = await db.comment.count({ where: { articleId: article.id, status: "visible" } });
  const viewer = await getViewer();
  if (!viewer) return { signedIn: false, count };
  if (!mayReadComments(viewer, article.visibility)) {
    return { signedIn: true, count, canComment: false, canModerate: false, comments: [], reason: readersOf(article.visibility) };
  }
  const rows = await db.comment.findMany({
    where: { articleId: article.id, status: viewer.isEditor ? { in: ["visible", "hidden", "deleted"] } : { in: ["visible", "deleted"] } },
    orderBy: { createdAt: "asc" },
    take: 2000,
    select: {
      id: true, parentId: true, body: true, status: true, createdAt: true, editedAt: true, memberId: true,
      member: { select: { name: true, email: true } },
      reports: { where: { memberId: viewer.id }, select: { id: true } },
    },
  });
  const now = Date.now();
  const byId = new Map<string, CommentDTO>();
  const top: CommentDTO[] = [];
  for (const r of rows) {
    const mine = r.memberId === viewer.id;
    const deleted = r.status === "deleted";
    const dto: CommentDTO = {
      id: r.id,
      parentId: r.parentId,
      author: deleted ? "" : displayName(r.member),
      body: deleted ? "" : r.body,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      mine,
      editableUntil: mine && !deleted && now - r.createdAt.getTime() < EDIT_WINDOW_MS ? new Date(r.createdAt.getTime() + EDIT_WINDOW_MS).toISOString() : null,
      reportedByMe: r.reports.length > 0,
      replies: [],
    };
    byId.set(r.id, dto);
    if (!r.parentId) top.push(dto);
  }
  for (const dto of byId.values()) if (dto.parentId) byId.get(dto.parentId)?.replies.push(dto);
  // A deleted comment stays as a placeholder only while it holds replies.
  const comments = top.filter((c) => c.status !== "deleted" || c.replies.some((r) => r.status !== "deleted"));
  for (const c of comments) c.replies = c.replies.filter((r) => r.status !== "deleted");
  return { signedIn: true, count, canComment: true, canModerate: viewer.isEditor, comments };
}

export async function postComment(articleSlug: string, body: string, parentId?: string): Promise<Result> {
  const viewer = await requireViewer();
  const article = await findArticle(articleSlug);
  if (!article) return { ok: false, error: "This article does not take comments." };
  if (!mayReadComments(viewer, article.visibility)) return { ok: false, error: readersOf(article.visibility) };
  const limit = await consumeRateLimit(`comment:${viewer.id}`, POSTS_PER_10_MIN, 600);
  if (!limit.ok) return { ok: false, error: "You are commenting very fast. Please wait a few minutes." };
  let parent: string | null = null;
  if (parentId) {
    const p = await db.comment.findFirst({ where: { id: parentId, articleId: article.id, status: "visible" }, select: { id: true, parentId: true } });
    if (!p) return { ok: false, error: "That comment is no longer there." };
    parent = p.parentId ?? p.id; // one level: a reply to a reply joins the same thread
  }
  const c = await db.comment.create({ data: { articleId: article.id, memberId: viewer.id, parentId: parent, body }, select: { id: true } });
  return { ok: true, id: c.id };
}

async function ownEditable(commentId: string, viewer: Viewer): Promise<{ error: string } | { error?: undefined; id: string }> {
  const c = await db.comment.findUnique({ where: { id: commentId }, select: { id: true, memberId: true, createdAt: true, status: true } });
  if (!c || c.status === "deleted") return { error: "That comment is no longer there." };
  if (c.memberId !== viewer.id) return { error: "You can only change your own comments." };
  if (Date.now() - c.createdAt.getTime() >= EDIT_WINDOW_MS) return { error: "Comments can be changed for 15 minutes after posting." };
  return { id: c.id };
}

export async function editComment(commentId: string, body: string): Promise<Result> {
  const viewer = await requireViewer();
  const check = await ownEditable(commentId, viewer);
  if (check.error !== undefined) return { ok: false, error: check.error };
  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  return { ok: true, id: commentId };
}

/** Own comment within the window, or any comment for an editor. */
export async function deleteComment(commentId: string): Promise<Result> {
  const viewer = await requireViewer();
  if (viewer.isEditor) {
    const c = await db.comment.findUnique({ where: { id: commentId }, select: { memberId: true } });
    if (!c) return { ok: false, error: "That comment is no longer there." };
    await db.comment.update({ where: { id: commentId }, data: { status: "deleted" } });
    if (c.memberId !== viewer.id) await audit(viewer.id, "comment.delete", "Comment", commentId);
    return { ok: true, id: commentId };
  }
  const check = await ownEditable(commentId, viewer);
  if (check.error !== undefined) return { ok: false, error: check.error };
  await db.comment.update({ where: { id: commentId }, data: { status: "deleted" } });
  return { ok: true, id: commentId };
}

export async function setCommentHidden(commentId: string, hidden: boolean): Promise<Result> {
  const editor = await requireEditor();
  const c = await db.comment.updateMany({
    where: { id: commentId, status: hidden ? "visible" : "hidden" },
    data: { status: hidden ? "hidden" : "visible", ...(hidden ? {} : { reportCount: 0, reportedAt: null }) },
  });
  if (c.count === 0) return { ok: false, error: "That comment has already changed." };
  await audit(editor.id, hidden ? "comment.hide" : "comment.unhide", "Comment", commentId);
  return { ok: true, id: commentId };
}

/** Puts a comment into the moderation queue (once per person). */
export async function reportComment(commentId: string, reason?: string): Promise<Result> {
  const viewer = await requireViewer();
  const limit = await consumeRateLimit(`comment-report:${viewer.id}`, REPORTS_PER_HOUR, 3600);
  if (!limit.ok) return { ok: false, error: "Too many reports. Please try again later." };
  const c = await db.comment.findFirst({ where: { id: commentId, status: "visible" }, select: { id: true } });
  if (!c) return { ok: false, error: "That comment is no longer there." };
  const existing = await db.commentReport.findUnique({ where: { commentId_memberId: { commentId, memberId: viewer.id } }, select: { id: true } });
  if (existing) return { ok: true, id: commentId };
  await db.$transaction([
    db.commentReport.create({ data: { commentId, memberId: viewer.id, reason: reason || null } }),
    db.comment.update({ where: { id: commentId }, data: { reportCount: { increment: 1 }, reportedAt: new Date() } }),
  ]);
  return { ok: true, id: commentId };
}

export type ModerationItem = {
  id: string;
  body: string;
  status: "visible" | "hidden" | "deleted";
  author: string;
  authorEmail: string | null;
  articleSlug: string;
  articleTitle: string;
  reportCount: number;
  reportedAt: Date | null;
  createdAt: Date;
  reasons: string[];
};

/** The moderation queue for editors: reported comments first, newest reports first. */
export async function listModerationQueue(take = 100): Promise<ModerationItem[]> {
  await requireEditor();
  const rows = await db.comment.findMany({
    where: { reportCount: { gt: 0 }, status: { not: "deleted" } },
    orderBy: { reportedAt: "desc" },
    take,
    select: {
      id: true, body: true, status: true, reportCount: true, reportedAt: true, createdAt: true,
      member: { select: { name: true, email: true } },
      article: { select: { slug: true, title: true } },
      reports: { select: { reason: true }, take: 10 },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    status: r.status,
    author: displayName(r.member),
    authorEmail: r.member?.email ?? null,
    articleSlug: r.article.slug,
    articleTitle: r.article.title,
    reportCount: r.reportCount,
    reportedAt: r.reportedAt,
    createdAt: r.createdAt,
    reasons: r.reports.map((x) => x.reason).filter((x): x is string => Boolean(x)),
  }));
}
