"use server";
// Unsubscribe page POSTs. Each verifies the signed (member, newsletter) link itself: the link is the
// credential, so it works without a session and cannot be used for anyone else.
import { redirect } from "next/navigation";
import { requestManageLink, resubscribe, unsubscribe, updatePreferences } from "@/lib/subscriptions/state";
import { verifyUnsubscribe } from "@/lib/subscriptions/unsubscribe-links";
import { formDataToObject, PreferencesSchema } from "@/lib/subscriptions/schemas";

function verified(formData: FormData) {
  const parsed = PreferencesSchema.safeParse(formDataToObject(formData));
  if (!parsed.success || !verifyUnsubscribe(parsed.data.m, parsed.data.n, parsed.data.s)) return null;
  return parsed.data;
}

function back(p: { m: string; n: string; s: string }, done: string): never {
  redirect(`/unsubscribe?${new URLSearchParams({ m: p.m, n: p.n, s: p.s, done }).toString()}`);
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const p = verified(formData);
  if (!p) redirect("/unsubscribe");
  await unsubscribe(p.m, p.n, "email_link");
  back(p, "unsubscribed");
}

export async function resubscribeAction(formData: FormData): Promise<void> {
  const p = verified(formData);
  if (!p) redirect("/unsubscribe");
  await resubscribe(p.m, p.n, "email_link");
  back(p, "resubscribed");
}

export async function savePreferencesAction(formData: FormData): Promise<void> {
  const p = verified(formData);
  if (!p) redirect("/unsubscribe");
  await updatePreferences(p.m, p.newsletterIds, "email_link");
  back(p, "saved");
}

export async function requestManageLinkAction(formData: FormData): Promise<void> {
  const p = verified(formData);
  if (!p) redirect("/unsubscribe");
  await requestManageLink(p.m);
  back(p, "link-sent");
}
