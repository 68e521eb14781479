// The moderation queue: reported comments first, then recent ones; hide, restore, delete (audited).
import "server-only";
import { recordAudit } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { articleSlugOfComment, deleteComment, setCommentHidden } from "./threads";
import { db } from "../server/db";

export type CommentQueue = "reported" | "recent" | "hidden";

export async function listCommentsForModeration(queue: CommentQueue, page = 1) {
  await requireEditor("/admin/comments");
  const take = 40;
  const where =
    queue === "reported" ? { status: { in: ["visible" as const, "hidden" as const] }, reportCount: { gt: 0 } } :
    queue === "hidden" ? { status: "hidden" as const } :
    { status: "visible" as const };
  const orderBy = queue === "reported" ? [{ reportCount: "desc" as const }, { reportedAt: "desc" as const }] : [{ createdAt: "desc" as const }];
  const [total, rows, reportedCount] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy,
      skip: (Math.max(1, page) - 1) * take,
      take,
      select: {
        id: true, body: true, status: true, reportCount: true, createdAt: true,
        member: { select: { id: true, email: true, name: true } },
        article: { select: { title: true, slug: true } },
        reports: { take: 3, orderBy: { createdAt: "desc" }, select: { reason: true } },
      },
    }),
    db.comment.count({ where: { status: "visible", reportCount: { gt: 0 } } }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / take)), comments: rows, reportedCount };
}

/** Hide, restore or delete through lib/comments (which audits each action); restore also clears reports. */
export async function moderateComment(id: string, op: "hide" | "restore" | "delete"): Promise<{ ok: boolean; error?: string; slug?: string }> {
  const viewer = await requireEditor();
  const slug = await articleSlugOfComment(id);
  if (!slug) return { ok: false, error: "This comment no longer exists." };
  if (op === "delete") {
    const r = await deleteComment(id);
    return r.ok ? { ok: true, slug } : { ok: false, error: r.error };
  }
  const current = await db.comment.findUnique({ where: { id }, select: { status: true } });
  if (op === "restore" && current?.status === "visible") {
    // "Keep": a visible comment that was reported; the reports were reviewed and are cleared.
    await db.$transaction([
      db.comment.update({ where: { id }, data: { reportCount: 0, reportedAt: null } }),
      db.commentReport.deleteMany({ where: { commentId: id } }),
    ]);
    await recordAudit(db, { actorId: viewer.id, action: "comment.keep", entityType: "Comment", entityId: id });
    return { ok: true, slug };
  }
  const r = await setCommentHidden(id, op === "hide");
  return r.ok ? { ok: true, slug } : { ok: false, error: r.error };
}
