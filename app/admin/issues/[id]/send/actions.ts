"use server";
// Starting or scheduling the send of an issue. Each action checks the editor itself.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireEditor } from "@/lib/auth/guards";
import { SendError, startSendAsEditor } from "@/lib/sends/control";
import { StartSendSchema, type SendFormState } from "@/lib/sends/schemas";

export async function startSendAction(_prev: SendFormState, formData: FormData): Promise<SendFormState> {
  await requireEditor();
  const parsed = StartSendSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined> };
  let emailId: string;
  try {
    emailId = await startSendAsEditor(parsed.data.issueId, parsed.data.mode === "schedule" ? parsed.data.scheduledAt : undefined);
  } catch (e) {
    if (e instanceof SendError) return { ok: false, formError: e.message };
    throw e;
  }
  redirect(`/admin/sends/${emailId}`);
}
