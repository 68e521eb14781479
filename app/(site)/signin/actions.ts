"use server";
// Sign-in actions: request a link + code, type the code, sign out. Public by nature (no guard):
// each is rate limited in lib/signin and answers the same whether or not an address is known.
import { z } from "zod";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/guards";
import { clientIpFrom } from "@/lib/server/client-ip";
import { deleteSessionByToken, requestSignIn, safeCallbackUrl, sessionCookie, verifySignInCode } from "@/lib/auth/signin";
import { SignInCodeSchema, SignInRequestSchema, type FormState } from "@/lib/auth/schemas";

export async function requestSignInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInRequestSchema.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return { ok: false, fieldErrors: { email: parsed.error.issues.map((i) => i.message) } };
  const callbackUrl = safeCallbackUrl(parsed.data.callbackUrl);
  const result = await requestSignIn(parsed.data.email, callbackUrl, clientIpFrom(await headers()));
  if (!result.ok) return { ok: false, formError: "Too many sign-in requests. Please wait a while and try again." };
  redirect(`/signin/check-inbox?${new URLSearchParams({ email: parsed.data.email, callbackUrl })}`);
}

export async function verifyCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInCodeSchema.safeParse({
    email: formData.get("email"),
    code: formData.get("code"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error).fieldErrors;
    return { ok: false, fieldErrors: { email: flat.email, code: flat.code } };
  }
  const h = await headers();
  const result = await verifySignInCode(parsed.data.email, parsed.data.code, parsed.data.callbackUrl ?? "/", clientIpFrom(h), h.get("user-agent") ?? undefined);
  if (!result.ok) {
    if (result.reason === "locked")
      return { ok: false, formError: `Too many wrong codes. Try again in ${result.retryAfterMinutes ?? 5} minutes, or use the button in the email.` };
    if (result.reason === "rate_limited") return { ok: false, formError: "Too many attempts. Please wait a while and try again." };
    return { ok: false, fieldErrors: { code: ["That code is not right, or it has expired."] } };
  }
  const c = sessionCookie();
  (await cookies()).set(c.name, result.sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure: c.secure, expires: result.expires });
  redirect(result.callbackUrl);
}

export async function signOutAction(formData: FormData): Promise<void> {
  const jar = await cookies();
  const c = sessionCookie();
  const token = jar.get(c.name)?.value;
  if (token && (await getViewer())) await deleteSessionByToken(token);
  jar.delete(c.name);
  redirect(safeCallbackUrl(String(formData.get("callbackUrl") ?? "/")));
}
