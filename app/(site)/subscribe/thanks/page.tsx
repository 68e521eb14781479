// After confirming: the thank-you page. The confirmation made the reader a member and (for readers)
// started a session on this device; the way back leads to the page they subscribed from.
import type { Metadata } from "next";
import { getViewer } from "@/lib/auth/guards";
import { returnPathFrom } from "@/lib/auth/signin";
import { getSettings } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "You are subscribed", robots: { index: false } };

export default async function ThanksPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [s, viewer, q] = await Promise.all([getSettings(), getViewer(), searchParams]);
  const next = returnPathFrom(typeof q.next === "string" ? q.next : undefined);
  return (
    <main className="container narrow stack">
      <h1>Thank you — you are a member</h1>
      <p>
        Your subscription to {s.publicationName} is confirmed. A welcome email is on its way, and the next issue will arrive in
        your inbox.
      </p>
      {viewer ? (
        <p role="status">
          You are signed in on this device as <strong>{viewer.email}</strong>: members-only articles and sections are open to you.
        </p>
      ) : (
        <p>
          <a href="/signin">Sign in</a> on the web to read members-only articles and sections.
        </p>
      )}
      <p>
        {next ? (
          <a className="button" href={next}>
            Continue reading
          </a>
        ) : (
          <a className="button" href="/">
            Read the latest articles
          </a>
        )}
      </p>
    </main>
  );
}
