"use server";
// Confirmation POSTs: the landing page's button confirms; an expired or used link can ask for a new one.
import { redirect } from "next/navigation";
import { confirmSubscription, resendConfirmation } from "@/lib/subscriptions/state";
import { TokenSchema } from "@/lib/subscriptions/schemas";

function tokenFrom(formData: FormData): string | null {
  const parsed = TokenSchema.safeParse(formData.get("token"));
  return parsed.success ? parsed.data : null;
}

export async function confirmAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (!token) redirect("/subscribe/confirm");
  const result = await confirmSubscription(token);
  if (result.status === "confirmed") redirect("/subscribe/thanks");
  redirect(`/subscribe/confirm?token=${encodeURIComponent(token)}`);
}

export async function resendAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (token) await resendConfirmation(token);
  redirect("/subscribe/check-email");
}
