"use server";
// Lifting a suppression (editor-only, audited).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { liftSuppression } from "@/lib/deliverability/suppressions";
import { formAction } from "@/lib/server/action";
import { formError, ok } from "@/lib/shared/action-result";

const LiftSchema = z.object({
  id: z.string().min(1).max(64),
  note: z.string().trim().max(300, "Keep the note under 300 characters.").default(""),
});

export const liftSuppressionAction = formAction({
  guard: "editor",
  input: LiftSchema,
  run: async ({ id, note }) => {
    const r = await liftSuppression(id, note);
    if (!r.ok) return formError(r.error);
    revalidatePath("/admin/suppressions");
    return ok(`${r.email} may be mailed again.`);
  },
});
