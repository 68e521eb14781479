"use server";
// The subscribe form's server actions: the public one shares requestSubscription with POST /api/subscribe;
// a signed-in reader subscribes with one press.
import type { SubscribeFormState } from "@/components/site/subscribe-form-state";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setSubscription } from "@/lib/members/account";
import { submitAction } from "@/lib/server/action";
import { RETURN_PATH_COOKIE, RETURN_PATH_MAX_AGE_SECONDS, returnPathFrom, sessionCookie } from "@/lib/auth/signin";
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
  if (result.ok) {
    // Subscribed from a page ("Become a member" on an article): confirming on this device returns there.
    const back = returnPathFrom(raw.next);
    if (back) (await cookies()).set(RETURN_PATH_COOKIE, back, { httpOnly: true, sameSite: "lax", path: "/", maxAge: RETURN_PATH_MAX_AGE_SECONDS, secure: sessionCookie().secure });
    return { status: "ok", message: "Thanks! Check your inbox: we sent a link to confirm your subscription. Confirming makes you a member and signs you in." };
  }
  if (result.kind === "rate_limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return { status: "error", message: `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, values };
  }
  return { status: "error", message: "Please correct the highlighted field.", fieldErrors: result.fieldErrors, values };
}

const SignedInSubscribeSchema = z.object({ newsletterId: z.string().min(1).max(40), next: z.string().max(500).optional() });

/**
 * A signed-in reader subscribing with one press: the session already proves the address, so the
 * subscription is active at once (no confirmation mail) and they are a member on return.
 */
export const subscribeSignedInAction = submitAction({
  guard: "viewer",
  input: SignedInSubscribeSchema,
  callbackUrl: "/subscribe",
  invalid: () => redirect("/subscribe"),
  run: async ({ newsletterId, next }) => {
    await setSubscription(newsletterId, true);
    const back = returnPathFrom(next);
    redirect(`/subscribe/thanks${back ? `?next=${encodeURIComponent(back)}` : ""}`);
  },
});
