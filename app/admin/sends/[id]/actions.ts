"use server";
// Pause, resume, cancel a send, and "send to these" for its uncertain recipients. Editors only.
import { revalidatePath } from "next/cache";
import { requireEditor } from "@/lib/auth/guards";
import { cancelSend, pauseSend, resendUncertain, resumeSend, SendError } from "@/lib/sends/control";
import { SendControlSchema, type SendFormState } from "@/lib/sends/schemas";

export async function sendControlAction(_prev: SendFormState, formData: FormData): Promise<SendFormState> {
  await requireEditor();
  const parsed = SendControlSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: "Unknown request." };
  const { emailId, op } = parsed.data;
  try {
    if (op === "pause") await pauseSend(emailId);
    else if (op === "resume") await resumeSend(emailId);
    else if (op === "cancel") await cancelSend(emailId);
    else {
      const n = await resendUncertain(emailId);
      revalidatePath(`/admin/sends/${emailId}`);
      return { ok: true, message: `${n} recipient${n === 1 ? "" : "s"} queued again.` };
    }
  } catch (e) {
    if (e instanceof SendError) return { ok: false, formError: e.message };
    throw e;
  }
  revalidatePath(`/admin/sends/${emailId}`);
  return { ok: true, message: `Done: ${op}.` };
}
