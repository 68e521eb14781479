"use server";
// Account actions: each acts on the signed-in person only (requireViewer here and in lib/account).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteOwnAccount, revokeAllSessions, revokeSession, setSubscription, updateName } from "@/lib/members/account";
import { requireViewer } from "@/lib/auth/guards";
import { sessionCookie } from "@/lib/auth/signin";
import type { FormState } from "@/lib/auth/schemas";
import { NameSchema } from "@/lib/shared/text";

const NameFormSchema = z.object({ name: NameSchema });
const SubscriptionSchema = z.object({ newsletterId: z.string().min(1).max(40), subscribe: z.enum(["1", "0"]) });
const SessionSchema = z.object({ sessionId: z.string().min(1).max(40) });
const DeleteSchema = z.object({ confirmEmail: z.string().max(254) });

export async function updateNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer("/account");
  const parsed = NameFormSchema.safeParse({ name: formData.get("name") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: { name: parsed.error.issues.map((i) => i.message) } };
  await updateName(parsed.data.name ?? "");
  revalidatePath("/account");
  return { ok: true, message: "Saved." };
}

export async function setSubscriptionAction(formData: FormData): Promise<void> {
  await requireViewer("/account");
  const parsed = SubscriptionSchema.safeParse({ newsletterId: formData.get("newsletterId"), subscribe: formData.get("subscribe") });
  if (parsed.success) await setSubscription(parsed.data.newsletterId, parsed.data.subscribe === "1");
  revalidatePath("/account");
}

export async function revokeSessionAction(formData: FormData): Promise<void> {
  await requireViewer("/account");
  const parsed = SessionSchema.safeParse({ sessionId: formData.get("sessionId") });
  if (parsed.success) await revokeSession(parsed.data.sessionId);
  revalidatePath("/account");
}

export async function signOutEverywhereAction(): Promise<void> {
  await requireViewer("/account");
  await revokeAllSessions();
  (await cookies()).delete(sessionCookie().name);
  redirect("/?signedOut=everywhere");
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireViewer("/account");
  const parsed = DeleteSchema.safeParse({ confirmEmail: formData.get("confirmEmail") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: { confirmEmail: ["Type your email address to confirm."] } };
  const r = await deleteOwnAccount(parsed.data.confirmEmail);
  if (!r.ok) return { ok: false, fieldErrors: { confirmEmail: [r.error] } };
  (await cookies()).delete(sessionCookie().name);
  redirect("/?accountDeleted=1");
}
