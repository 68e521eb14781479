// After asking for a new confirmation link: the same answer whatever the address's state.
import type { Metadata } from "next";

// Prerendered at build with the default look: re-rendered from the runtime settings (logo, accent) within 5 minutes.
export const revalidate = 300;

export const metadata: Metadata = { title: "Check your inbox", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <main className="container narrow">
      <h1>Check your inbox</h1>
      <p>If a subscription is waiting for confirmation, a new link is on its way. It may take a minute to arrive; check your spam folder too.</p>
    </main>
  );
}
