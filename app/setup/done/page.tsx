// After the first-run setup: where to go next. Only says what is already public once an owner exists.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { isSetupOpen } from "@/lib/setup/setup";
import "../setup.css";

export const metadata: Metadata = { title: "Your publication is set up", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ sample?: string }> };

export default async function SetupDonePage({ searchParams }: Props) {
  if (await isSetupOpen()) redirect("/setup");
  const sample = (await searchParams).sample === "1";
  return (
    <main id="main" className="container narrow setup-page">
      <h1>Your publication is set up</h1>
      <div role="status" data-testid="setup-done" className="stack">
        <p>
          The owner address you entered is the publication&apos;s admin{sample ? ", and the sample content is published" : ""}. Sign in with
          that address: we send a link (with no mail server configured, the link is printed in the server log).
        </p>
        <p>
          <a className="button" href="/signin?callbackUrl=%2Fadmin">Sign in</a>
        </p>
      </div>
    </main>
  );
}
