// Comment form schemas: shared by the server actions and the comment forms.
import { z } from "zod";
import { multiLineText } from "../shared/text";

export const COMMENT_MAX = 5000;

export const CommentBodySchema = z
  .string()
  .transform((s) => s.replace(/\r\n/g, "\n").trim())
  .pipe(z.string().min(1, { message: "Write something first." }).max(COMMENT_MAX, { message: `At most ${COMMENT_MAX} characters.` }).superRefine(multiLineText));

export const PostCommentSchema = z.object({
  articleSlug: z.string().min(1).max(200),
  parentId: z.string().max(40).optional(),
  body: CommentBodySchema,
});

export const EditCommentSchema = z.object({ commentId: z.string().min(1).max(40), body: CommentBodySchema });
export const CommentIdSchema = z.object({ commentId: z.string().min(1).max(40) });
export const ReportCommentSchema = z.object({ commentId: z.string().min(1).max(40), reason: z.string().trim().max(500).superRefine(multiLineText).optional() });
