// The moderation queue: reported comments first, then recent ones; hide, restore, delete (audited).
import "server-only";
import { recordAudit } from "./audit";
import { requireEditor } from "./auth";
import { db } from "./db";

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

export async function moderateComment(id: string, op: "hide" | "restore" | "delete"): Promise<{ ok: boolean; slug?: string }> {
  const viewer = await requireEditor();
  return db.$transaction(async (tx) => {
    const c = await tx.comment.findUnique({ where: { id }, select: { status: true, article: { select: { slug: true } } } });
    if (!c) return { ok: false };
    const status = op === "hide" ? "hidden" : op === "restore" ? "visible" : "deleted";
    // A restored comment starts clean: its reports were reviewed.
    await tx.comment.update({ where: { id }, data: { status, ...(op === "restore" ? { reportCount: 0, reportedAt: null } : {}) } });
    if (op === "restore") await tx.commentReport.deleteMany({ where: { commentId: id } });
    await recordAudit(tx, { actorId: viewer.id, action: `comment.${op}`, entityType: "Comment", entityId: id, detail: { from: c.status } });
    return { ok: true, slug: c.article.slug };
  });
}
