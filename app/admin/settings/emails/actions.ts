"use server";
// Welcome and confirmation email copy (admins): save, and preview unsaved copy as it would be sent.
import { revalidatePath } from "next/cache";
import { EmailCopySchema } from "@/lib/mail/schemas";
import { previewEmailCopy, saveEmailCopy, type EmailCopyPreview } from "@/lib/mail/transactional-copy";
import { callAction, formAction } from "@/lib/server/action";
import { ok } from "@/lib/shared/action-result";

export const saveEmailCopyAction = formAction({
  guard: "admin",
  input: EmailCopySchema,
  echo: ["subject", "body"],
  run: async (copy) => {
    await saveEmailCopy(copy);
    revalidatePath("/admin/settings/emails");
    return ok(copy.kind === "welcome" ? "Welcome email saved." : "Confirmation email saved.");
  },
});

export const previewEmailCopyAction = callAction({
  guard: "admin",
  input: EmailCopySchema,
  run: async (copy) => ok<EmailCopyPreview>(undefined, await previewEmailCopy(copy)),
});
