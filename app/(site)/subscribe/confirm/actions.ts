"use server";
// Confirmation POSTs: the landing page's button confirms — which makes the reader a member and signs
// them in on this device (docs/decisions/0031); an expired or used link can ask for a new one.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createSessionForConfirmedSubscriber, RETURN_PATH_COOKIE, returnPathFrom, sessionCookie } from "@/lib/auth/signin";
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
  if (result.status !== "confirmed") redirect(`/subscribe/confirm?token=${encodeURIComponent(token)}`);
  const jar = await cookies();
  const session = await createSessionForConfirmedSubscriber(result.memberId, (await headers()).get("user-agent") ?? undefined);
  if (session) {
    const c = sessionCookie();
    jar.set(c.name, session.sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure: c.secure, expires: session.expires });
  }
  const back = returnPathFrom(jar.get(RETURN_PATH_COOKIE)?.value);
  jar.delete(RETURN_PATH_COOKIE);
  const q = new URLSearchParams();
  if (session) q.set("signedIn", "1");
  if (back) q.set("next", back);
  redirect(`/subscribe/thanks${q.size ? `?${q}` : ""}`);
}

export async function resendAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (token) await resendConfirmation(token);
  redirect("/subscribe/check-email");
}
