// /subscribe: the standalone subscribe page.
import type { Metadata } from "next";
import { SubscribeForm } from "@/components/site/subscribe-form";
import { getSettings } from "@/lib/settings/settings";
import { listNewsletters } from "@/lib/subscriptions/state";
import { subscribeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe" };

export default async function SubscribePage({ searchParams }: { searchParams: Promise<{ email?: string | string[] }> }) {
  const q = await searchParams;
  // The header's and other pages' plain GET forms arrive with ?email=: prefill it, never auto-submit.
  const defaultEmail = typeof q.email === "string" ? q.email.slice(0, 254) : undefined;
  const [settings, newsletters] = await Promise.all([getSettings(), listNewsletters()]);
  return (
    <main className="container narrow">
      <h1>Subscribe to {settings.publicationName}</h1>
      <p>{settings.description}</p>
      <SubscribeForm action={subscribeAction} newsletters={newsletters} heading="Get the weekly email" intro="One email a week. Confirm by email; unsubscribe with one click."
        defaultEmail={defaultEmail}
      />
    </main>
  );
}
