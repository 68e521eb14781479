// Sign out: a button (a POST), so a prefetch or a crawler can never sign anyone out.
import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/guards";
import { signOutAction } from "../signin/actions";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

export default async function SignOutPage() {
  const viewer = await getViewer();
  return (
    <section className="container narrow auth-page">
      <h1>Sign out</h1>
      {viewer ? (
        <form action={signOutAction}>
          <p>
            You are signed in as <strong>{viewer.email}</strong>.
          </p>
          <input type="hidden" name="callbackUrl" value="/" />
          <button className="button" type="submit">
            Sign out
          </button>
        </form>
      ) : (
        <p>
          You are not signed in. <a href="/signin">Sign in</a>
        </p>
      )}
    </section>
  );
}
