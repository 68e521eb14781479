"use server";
// Unsubscribe page POSTs. Each verifies the signed (member, newsletter, day) link itself: the link is
// the credential, so it works without a session and cannot be used for anyone else. Unsubscribing and
// asking for a fresh link work with any link we signed; the rest needs a fresh one (under 60 days).
import { redirect } from "next/navigation";
import { requestManageLink, requestPreferencesLink, resubscribe, unsubscribe, updatePreferences } from "@/lib/subscriptions/state";
import { unsubscribeLinkState } from "@/lib/subscriptions/unsubscribe-links";
import { formDataToObject, PreferencesSchema } from "@/lib/subscriptions/schemas";

function verified(formData: FormData, need: "any" | "fresh") {
  const parsed = PreferencesSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return null;
  const state = unsubscribeLinkState(parsed.data);
  if (state === "invalid" || (need === "fresh" && state !== "fresh")) return null;
  return parsed.data;
}

function back(p: { m: string; n: string; s: string; t?: string }, done: string): never {
  redirect(`/unsubscribe?${new URLSearchParams({ m: p.m, n: p.n, t: p.t ?? "", s: p.s, done }).toString()}`);
}

function refuse(formData: FormData): never {
  const link = PreferencesSchema.safeParse(formDataToObject(formData));
  // An expired link goes back to its page (which offers a fresh link); anything else to the plain page.
  if (link.success && unsubscribeLinkState(link.data) === "expired") back(link.data, "expired");
  redirect("/unsubscribe");
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const p = verified(formData, "any");
  if (!p) refuse(formData);
  await unsubscribe(p.m, p.n, "email_link");
  back(p, "unsubscribed");
}

export async function requestFreshLinkAction(formData: FormData): Promise<void> {
  const p = verified(formData, "any");
  if (!p) refuse(formData);
  await requestPreferencesLink(p.m, p.n);
  back(p, "fresh-link-sent");
}

export async function resubscribeAction(formData: FormData): Promise<void> {
  const p = verified(formData, "fresh");
  if (!p) refuse(formData);
  await resubscribe(p.m, p.n, "email_link");
  back(p, "resubscribed");
}

export async function savePreferencesAction(formData: FormData): Promise<void> {
  const p = verified(formData, "fresh");
  if (!p) refuse(formData);
  await updatePreferences(p.m, p.newsletterIds, "email_link");
  back(p, "saved");
}

export async function requestManageLinkAction(formData: FormData): Promise<void> {
  const p = verified(formData, "fresh");
  if (!p) refuse(formData);
  await requestManageLink(p.m);
  back(p, "link-sent");
}
