// Where the emailed link lands. It only shows a button: a mail scanner that follows the link uses
// nothing; the button's POST to next-auth's email callback spends the token and signs in.
import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/signin";

export const metadata: Metadata = { title: "Sign in", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> };

export default async function VerifyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const token = typeof sp.token === "string" && /^[a-f0-9]{64}$/.test(sp.token) ? sp.token : null;
  const email = typeof sp.email === "string" ? sp.email.slice(0, 254) : "";
  if (!token || !email) {
    return (
      <section className="container narrow auth-page">
        <h1>This sign-in link is incomplete</h1>
        <p>
          Copy the whole link from the email, or <a href="/signin">ask for a new one</a>.
        </p>
      </section>
    );
  }
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: safeCallbackUrl(sp.callbackUrl) })}`;
  return (
    <section className="container narrow auth-page">
      <h1>Sign in</h1>
      <p>
        Continue as <strong>{email}</strong>.
      </p>
      <form method="post" action={action}>
        <button className="button" type="submit">
          Sign in
        </button>
      </form>
    </section>
  );
}
