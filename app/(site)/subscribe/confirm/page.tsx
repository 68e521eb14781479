// The confirmation link's landing page. GET never confirms (mail scanners follow links): the button does.
import type { Metadata } from "next";
import Link from "next/link";
import { inspectConfirmToken } from "@/lib/subscriptions/state";
import { TokenSchema } from "@/lib/subscriptions/schemas";
import { confirmAction, resendAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const parsed = TokenSchema.safeParse(typeof raw === "string" ? raw : "");
  const token = parsed.success ? parsed.data : null;
  const state = token ? await inspectConfirmToken(token) : "invalid";

  if (state === "valid" && token) {
    return (
      <main className="container narrow">
        <h1>Confirm your subscription</h1>
        <p>One more step: press the button to start receiving the newsletter.</p>
        <form action={confirmAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">Confirm subscription</button>
        </form>
      </main>
    );
  }
  if ((state === "expired" || state === "used") && token) {
    return (
      <main className="container narrow">
        <h1>{state === "expired" ? "This link has expired" : "This link has already been used"}</h1>
        <p>
          {state === "expired"
            ? "Confirmation links work for a limited time. We can send you a new one."
            : "If you already confirmed, you are subscribed and there is nothing more to do. If not, we can send you a new link."}
        </p>
        <form action={resendAction}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">Send me a new link</button>
        </form>
      </main>
    );
  }
  return (
    <main className="container narrow">
      <h1>This link is not valid</h1>
      <p>It may have been copied incompletely. You can subscribe again and we will send a fresh confirmation link.</p>
      <p>
        <Link href="/subscribe">Go to the subscribe page</Link>
      </p>
    </main>
  );
}
