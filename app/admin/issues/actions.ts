"use server";
// Issue actions: create (numbered), save (and autosave), publish / schedule / unpublish, delete,
// previews (web, free email, member email) and a test email to the editor's own address.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createIssue, deleteIssue, saveIssue, setIssueStatus, type SaveIssueResult } from "@/lib/content/issue-editor";
import { issuePreviews, sendIssueTestEmail, type IssuePreviews } from "@/lib/content/issue-preview";
import { requireEditor } from "@/lib/auth/guards";
import { revalidatePublicContent } from "@/lib/content/revalidate";

export async function createIssueAction(): Promise<void> {
  await requireEditor();
  const id = await createIssue();
  revalidatePath("/admin/issues");
  redirect(`/admin/issues/${id}`);
}

export async function saveIssueAction(input: unknown, autosave = false): Promise<SaveIssueResult> {
  await requireEditor();
  const r = await saveIssue(input, { autosave });
  if (r.ok && r.revalidate.length) {
    revalidatePublicContent(r.revalidate);
  }
  return r;
}

export async function issueStatusAction(id: string, op: "publish" | "unpublish" | "schedule", at?: string): Promise<{ ok: boolean; error?: string }> {
  await requireEditor();
  if (typeof id !== "string") return { ok: false, error: "Unknown issue." };
  let r: Awaited<ReturnType<typeof setIssueStatus>>;
  if (op === "schedule") {
    const when = at ? new Date(at) : null;
    if (!when || Number.isNaN(when.getTime())) return { ok: false, error: "Pick a date and time." };
    r = await setIssueStatus(id, { op: "schedule", at: when });
  } else if (op === "publish" || op === "unpublish") {
    r = await setIssueStatus(id, { op });
  } else return { ok: false, error: "Unknown action." };
  if (r.revalidate.length) revalidatePublicContent(r.revalidate);
  revalidatePath(`/admin/issues/${id}`);
  return { ok: r.ok, error: r.error };
}

export async function deleteIssueAction(formData: FormData): Promise<void> {
  await requireEditor();
  await deleteIssue(String(formData.get("id") ?? ""));
  redirect("/admin/issues");
}

export async function issuePreviewsAction(id: string): Promise<IssuePreviews | null> {
  await requireEditor();
  return issuePreviews(String(id));
}

export async function sendTestEmailAction(id: string, variant: "free" | "member" | "both"): Promise<{ ok: boolean; message: string }> {
  await requireEditor();
  if (!["free", "member", "both"].includes(variant)) return { ok: false, message: "Choose a variant." };
  return sendIssueTestEmail(String(id), variant);
}
