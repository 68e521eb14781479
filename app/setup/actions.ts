"use server";
// The first-run setup's server action: the same domain function as `npm run setup`, behind the one-time token.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { SetupFormState } from "@/components/admin/setup-form";
import { getClientIp } from "@/lib/server/client-ip";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { completeSetup } from "@/lib/setup/setup";

const FIELDS = ["publicationName", "description", "ownerEmail", "ownerName", "senderName", "senderEmail", "postalAddress", "start"] as const;

export async function setupAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const values: Record<string, string> = {};
  for (const k of FIELDS) {
    const v = formData.get(k);
    if (typeof v === "string") values[k] = v.slice(0, 1000);
  }
  // tokens are 256-bit, but nobody gets to hammer the endpoint either
  const limit = await consumeRateLimit(`setup:ip:${await getClientIp()}`, 30, 3600);
  if (!limit.ok) return { status: "error", message: "Too many setup attempts from your address. Try again in an hour.", values };
  const r = await completeSetup(values, { token: formData.get("token") });
  if (!r.ok) return { status: "error", message: r.message, fieldErrors: r.reason === "input" ? r.fieldErrors : undefined, values };
  revalidatePath("/", "layout"); // the publication's name and description are on every page
  redirect(`/setup/done${r.sample ? "?sample=1" : ""}`);
}
