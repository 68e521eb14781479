"use server";
// Pause, resume, cancel a send, and "send to these" for its uncertain recipients. Editors only.
import { revalidatePath } from "next/cache";
import { cancelSend, pauseSend, resendUncertain, resumeSend, SendError } from "@/lib/sends/control";
import { SendControlSchema } from "@/lib/sends/schemas";
import { formAction } from "@/lib/server/action";
import { formError, ok } from "@/lib/shared/action-result";

export const sendControlAction = formAction({
  guard: "editor",
  input: SendControlSchema,
  run: async ({ emailId, op }) => {
    let message = `Done: ${op}.`;
    try {
      if (op === "pause") await pauseSend(emailId);
      else if (op === "resume") await resumeSend(emailId);
      else if (op === "cancel") await cancelSend(emailId);
      else {
        const n = await resendUncertain(emailId);
        message = `${n} recipient${n === 1 ? "" : "s"} queued again.`;
      }
    } catch (e) {
      if (e instanceof SendError) return formError(e.message);
      throw e;
    }
    revalidatePath(`/admin/sends/${emailId}`);
    return ok(message);
  },
});
