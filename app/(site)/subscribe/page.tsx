// /subscribe: the standalone subscribe page, where "Become a member" leads. Subscribing and confirming
// makes the reader a member; a signed-in reader subscribes with one press.
import type { Metadata } from "next";
import { SubscribeForm } from "@/components/site/subscribe-form";
import { getViewer } from "@/lib/auth/guards";
import { returnPathFrom } from "@/lib/auth/signin";
import { getSettings } from "@/lib/settings/settings";
import { listNewsletters } from "@/lib/subscriptions/state";
import { subscribeAction, subscribeSignedInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe" };

type Search = { email?: string | string[]; next?: string | string[] };

export default async function SubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  // The header's and other pages' plain GET forms arrive with ?email=: prefill it, never auto-submit.
  const defaultEmail = typeof q.email === "string" ? q.email.slice(0, 254) : undefined;
  const next = returnPathFrom(typeof q.next === "string" ? q.next : undefined) ?? undefined;
  const [settings, newsletters, viewer] = await Promise.all([getSettings(), listNewsletters(), getViewer()]);
  const first = newsletters[0];
  if (viewer && first) {
    return (
      <main className="container narrow stack">
        <h1>Become a member of {settings.publicationName}</h1>
        {viewer.isSubscriber ? (
          <>
            <p>You are already a member: your subscription is active.</p>
            <p>
              <a className="button" href={next ?? "/"}>
                {next ? "Continue reading" : "Read the latest articles"}
              </a>
            </p>
          </>
        ) : (
          <>
            <p>
              Members get the {first.name} every week and read our members-only articles and sections. It is free. You are signed in
              as <strong>{viewer.email}</strong>, so there is nothing to confirm.
            </p>
            <form action={subscribeSignedInAction}>
              <input type="hidden" name="newsletterId" value={first.id} />
              {next ? <input type="hidden" name="next" value={next} /> : null}
              <button type="submit" className="button">
                Subscribe as {viewer.email}
              </button>
            </form>
          </>
        )}
      </main>
    );
  }
  return (
    <main className="container narrow">
      <h1>Subscribe to {settings.publicationName}</h1>
      <p>{settings.description}</p>
      <SubscribeForm
        action={subscribeAction}
        newsletters={newsletters}
        heading="Become a member: get the weekly email"
        intro="One email a week, and every members-only article on the site. Confirm by email — that signs you in — and unsubscribe with one click."
        defaultEmail={defaultEmail}
        next={next}
      />
    </main>
  );
}
