// /support: what supporters get and how to become one. Static: the same page for everyone (no
// per-viewer data); the account page shows a person's own plan.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Support us", alternates: { canonical: "/support" } };

export default function SupportPage() {
  return (
    <main className="container narrow stack">
      <h1>Support the Weekly Outlook</h1>
      <p>
        Members — everyone who subscribes to the Weekly Outlook and confirms their address — read our members-only
        analysis for free. Supporters also read the pieces marked <strong>Supporters</strong>: our longest reporting and
        the supporters&rsquo; briefing in each issue. Their support keeps the publication independent.
      </p>
      <h2>How to become a supporter</h2>
      <ul>
        <li>
          <strong>Have a gift code?</strong> Sign in and redeem it on <a href="/account#redeem">your account page</a>.
        </li>
        <li>
          <strong>Not a member yet?</strong> <a href="/subscribe">Subscribe for free</a> first: confirming your address signs
          you in.
        </li>
        <li>
          Write to the editors for a complimentary membership if you are a student, a journalist or cannot pay.
        </li>
      </ul>
    </main>
  );
}
