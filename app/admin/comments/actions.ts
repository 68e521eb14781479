"use server";
// Moderation actions: hide, restore, delete a comment (editor-only, audited).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { moderateComment } from "@/lib/comments/moderation";
import { formAction } from "@/lib/server/action";
import { formError, ok } from "@/lib/shared/action-result";

const ModerateSchema = z.object({ id: z.string().min(1).max(64), op: z.enum(["hide", "restore", "delete"], { error: "Unknown action." }) });

export const moderateCommentAction = formAction({
  guard: "editor",
  input: ModerateSchema,
  run: async ({ id, op }) => {
    const r = await moderateComment(id, op);
    if (!r.ok) return formError(r.error ?? "That did not work.");
    if (r.slug) revalidatePath(`/articles/${r.slug}`);
    revalidatePath("/admin/comments");
    return ok(op === "hide" ? "Hidden." : op === "restore" ? "Restored." : "Deleted.");
  },
});
