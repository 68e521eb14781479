"use server";
// Server actions of the comments island (it lives on cached article pages, which are not a segment
// of their own). Each action is a public endpoint: each calls a guard, and lib/comments checks again.
import { revalidatePath } from "next/cache";
import { requireEditor, requireViewer } from "@/lib/auth/guards";
import { articleSlugOfComment, deleteComment, editComment, postComment, reportComment, setCommentHidden } from "@/lib/comments/threads";
import { CommentIdSchema, EditCommentSchema, PostCommentSchema, ReportCommentSchema } from "@/lib/comments/schemas";

export type CommentActionState = { ok: boolean; error?: string };

/** The cached article page shows the visible-comment count: refresh it when the count changes. */
async function refreshCount(commentId: string): Promise<void> {
  const slug = await articleSlugOfComment(commentId);
  if (slug) revalidatePath(`/articles/${slug}`);
}

function firstIssue(e: { issues: { message: string }[] }): string {
  return e.issues[0]?.message ?? "Please check your input.";
}

export async function postCommentAction(input: { articleSlug: string; body: string; parentId?: string }): Promise<CommentActionState> {
  await requireViewer();
  const parsed = PostCommentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const r = await postComment(parsed.data.articleSlug, parsed.data.body, parsed.data.parentId);
  if (r.ok) revalidatePath(`/articles/${parsed.data.articleSlug}`);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

export async function editCommentAction(input: { commentId: string; body: string }): Promise<CommentActionState> {
  await requireViewer();
  const parsed = EditCommentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const r = await editComment(parsed.data.commentId, parsed.data.body);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

export async function deleteCommentAction(input: { commentId: string }): Promise<CommentActionState> {
  await requireViewer();
  const parsed = CommentIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const r = await deleteComment(parsed.data.commentId);
  if (r.ok) await refreshCount(parsed.data.commentId);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

export async function reportCommentAction(input: { commentId: string; reason?: string }): Promise<CommentActionState> {
  await requireViewer();
  const parsed = ReportCommentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const r = await reportComment(parsed.data.commentId, parsed.data.reason);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

export async function setCommentHiddenAction(input: { commentId: string; hidden: boolean }): Promise<CommentActionState> {
  await requireEditor();
  const parsed = CommentIdSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const r = await setCommentHidden(parsed.data.commentId, input.hidden === true);
  if (r.ok) await refreshCount(parsed.data.commentId);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}
