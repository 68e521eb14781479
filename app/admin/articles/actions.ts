"use server";
// Article actions: save (and autosave), delete, cover upload, Markdown preview. Each checks the role itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteArticle, previewMarkdown, saveArticle, type SaveArticleResult } from "@/lib/content/article-editor";
import { requireEditor } from "@/lib/auth/guards";
import { revalidatePublicContent } from "@/lib/content/revalidate";
import { saveImageUpload, type UploadResult } from "@/lib/content/uploads";

export async function saveArticleAction(input: unknown, autosave = false): Promise<SaveArticleResult> {
  await requireEditor();
  const r = await saveArticle(input, { autosave });
  if (r.ok) {
    if (r.revalidate.length) revalidatePublicContent(r.revalidate);
    revalidatePath("/admin/articles");
  }
  return r;
}

export async function deleteArticleAction(formData: FormData): Promise<void> {
  await requireEditor();
  const id = String(formData.get("id") ?? "");
  const r = await deleteArticle(id);
  if (r?.revalidate.length) revalidatePublicContent(r.revalidate);
  redirect("/admin/articles?deleted=1");
}

export async function uploadCoverAction(formData: FormData): Promise<UploadResult> {
  await requireEditor();
  const file = formData.get("file");
  if (!(file instanceof File)) return { ok: false, error: "Choose an image." };
  return saveImageUpload(file);
}

export async function renderPreviewAction(markdown: string): Promise<string> {
  await requireEditor();
  return previewMarkdown(typeof markdown === "string" ? markdown : "");
}
