// After asking for a link: "check your inbox", and the code form as the alternative to the link.
import type { Metadata } from "next";
import { CodeForm } from "@/components/site/auth/signin-form";
import { safeCallbackUrl } from "@/lib/auth/signin";
import { isEmail, normalizeEmail } from "@/lib/shared/email";
import { verifyCodeAction } from "../actions";

export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

type Props = { searchParams: Promise<{ email?: string; callbackUrl?: string }> };

export default async function CheckInboxPage({ searchParams }: Props) {
  const sp = await searchParams;
  // Only an address that passes the one address rule is shown back: arbitrary text in the URL is not
  // reflected into the page (a phishing aid: "Your account is locked, call …").
  const email = typeof sp.email === "string" && isEmail(sp.email) ? normalizeEmail(sp.email) : "";
  const callbackUrl = safeCallbackUrl(sp.callbackUrl);
  return (
    <section className="container narrow auth-page">
      <h1>Check your inbox</h1>
      <p>
        If {email ? <strong>{email}</strong> : "that address"} can sign in, we have sent it an email with a sign-in button and a 6-digit
        code. Both expire soon and work once.
      </p>
      {email ? (
        <CodeForm action={verifyCodeAction} email={email} callbackUrl={callbackUrl} />
      ) : (
        <p>
          Open the email and press <em>Sign in</em>.
        </p>
      )}
      <p className="meta">
        Nothing arrived? Check your spam folder, or <a href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>ask for a new link</a>.
      </p>
    </section>
  );
}
