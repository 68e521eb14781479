// Sign-in: one email field. A link and a code arrive by email; unknown addresses get the same answer.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/site/auth/signin-form";
import { getViewer } from "@/lib/auth/guards";
import { safeCallbackUrl } from "@/lib/auth/signin";
import { requestSignInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackUrl(sp.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <section className="container narrow auth-page">
      <h1>Sign in</h1>
      <p>Enter your email address. We will send you a link and a code to sign in — no password needed.</p>
      {sp.error === "RateLimited" ? <p className="notice">Too many sign-in requests. Please wait a while and try again.</p> : null}
      <SignInForm action={requestSignInAction} callbackUrl={callbackUrl} />
      <p className="meta">New here? Signing in creates a free reader account; membership unlocks the members-only briefing.</p>
    </section>
  );
}
