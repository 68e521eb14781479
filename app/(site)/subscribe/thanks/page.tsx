// After confirming: the thank-you page.
import type { Metadata } from "next";
import Link from "next/link";
import { getSettings } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "You are subscribed", robots: { index: false } };

export default async function ThanksPage() {
  const s = await getSettings();
  return (
    <main className="container narrow">
      <h1>Thank you — you are subscribed</h1>
      <p>Your subscription to {s.publicationName} is confirmed. A welcome email is on its way, and the next issue will arrive in your inbox.</p>
      <p>
        <Link href="/">Read the latest articles</Link>
      </p>
    </main>
  );
}
