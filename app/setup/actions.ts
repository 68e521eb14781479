"use server";
// The first-run setup's server action: the same domain function as `npm run setup`, behind the one-time token.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/action";
import { getClientIp } from "@/lib/server/client-ip";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { formError } from "@/lib/shared/action-result";
import { SETUP_FIELDS, SetupFormSchema } from "@/lib/setup/schemas";
import { completeSetup } from "@/lib/setup/setup";

export const setupAction = formAction({
  guard: "public", // the one-time token is the credential (checked inside completeSetup's transaction)
  input: SetupFormSchema,
  echo: SETUP_FIELDS,
  run: async ({ token, ...values }) => {
    // tokens are 256-bit, but nobody gets to hammer the endpoint either
    const limit = await consumeRateLimit(`setup:ip:${await getClientIp()}`, 30, 3600);
    if (!limit.ok) return formError("Too many setup attempts from your address. Try again in an hour.");
    const r = await completeSetup(values, { token });
    if (!r.ok) return r.reason === "input" ? { ok: false, formError: r.message, fieldErrors: r.fieldErrors } : formError(r.message);
    revalidatePath("/", "layout"); // the publication's name and description are on every page
    redirect(`/setup/done${r.sample ? "?sample=1" : ""}`);
  },
});
