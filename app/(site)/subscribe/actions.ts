"use server";
// The subscribe form's server action: the same lib function as POST /api/subscribe.
import type { SubscribeFormState } from "@/components/site/subscribe-form-state";
import { getClientIp } from "@/lib/server/client-ip";
import { requestSubscription } from "@/lib/subscriptions/state";
import { formDataToObject } from "@/lib/subscriptions/schemas";

export async function subscribeAction(_prev: SubscribeFormState, formData: FormData): Promise<SubscribeFormState> {
  const raw = formDataToObject(formData);
  const values = {
    email: typeof raw.email === "string" ? raw.email.slice(0, 254) : undefined,
    name: typeof raw.name === "string" ? raw.name.slice(0, 100) : undefined,
  };
  const result = await requestSubscription(raw, await getClientIp(), "form");
  if (result.ok) return { status: "ok", message: "Thanks! Check your inbox: we sent a link to confirm your subscription." };
  if (result.kind === "rate_limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return { status: "error", message: `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values };
  }
  return { status: "error", message: "Please correct the highlighted field.", fieldErrors: result.fieldErrors, values };
}
