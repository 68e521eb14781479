"use server";
// Moderation actions: hide, restore, delete a comment (editor-only, audited).
import { revalidatePath } from "next/cache";
import { moderateComment } from "@/lib/comments/moderation";
import { requireEditor } from "@/lib/auth/guards";

export async function moderateCommentAction(_prev: { ok: boolean; message?: string; formError?: string }, formData: FormData) {
  await requireEditor();
  const op = String(formData.get("op"));
  if (op !== "hide" && op !== "restore" && op !== "delete") return { ok: false, formError: "Unknown action." };
  const r = await moderateComment(String(formData.get("id") ?? ""), op);
  if (!r.ok) return { ok: false, formError: r.error ?? "That did not work." };
  if (r.slug) revalidatePath(`/articles/${r.slug}`);
  revalidatePath("/admin/comments");
  return { ok: true, message: op === "hide" ? "Hidden." : op === "restore" ? "Restored." : "Deleted." };
}
