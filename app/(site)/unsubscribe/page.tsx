// The footer link's page: an "Unsubscribe" button and the preference center. GET never acts.
import { maskEmail } from "@/lib/shared/email";
import type { Metadata } from "next";
import Link from "next/link";
import { getPreferences } from "@/lib/subscriptions/state";
import { UNSUBSCRIBE_LINK_DAYS, unsubscribeLinkState } from "@/lib/subscriptions/unsubscribe-links";
import { requestFreshLinkAction, requestManageLinkAction, resubscribeAction, savePreferencesAction, unsubscribeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Search = { m?: string; n?: string; s?: string; t?: string; done?: string };

const NOTICES: Record<string, string> = {
  unsubscribed: "You are unsubscribed. You will not receive this newsletter any more.",
  resubscribed: "Welcome back — you are subscribed again.",
  saved: "Your preferences are saved.",
  "link-sent": "We emailed you a link to download or delete your data. It works for one hour.",
  "fresh-link-sent": "We emailed you a fresh link to your preferences. It may take a minute to arrive.",
  expired: "That needs a fresh link: this one is too old.",
};

function Hidden({ m, n, s, t }: { m: string; n: string; s: string; t: string }) {
  return (
    <>
      <input type="hidden" name="m" value={m} />
      <input type="hidden" name="n" value={n} />
      <input type="hidden" name="t" value={t} />
      <input type="hidden" name="s" value={s} />
    </>
  );
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  const m = typeof q.m === "string" ? q.m : "";
  const n = typeof q.n === "string" ? q.n : "";
  const s = typeof q.s === "string" ? q.s : "";
  const t = typeof q.t === "string" ? q.t : "";
  const link = { m, n, s, t };
  const state = unsubscribeLinkState(link);
  const notice = q.done ? NOTICES[q.done] : undefined;
  if (state === "expired") {
    // An old link still unsubscribes, but shows nothing about the person: it may have been forwarded.
    return (
      <main className="container narrow">
        <h1>This link is more than {UNSUBSCRIBE_LINK_DAYS} days old</h1>
        {notice ? (
          <p role="status" className="notice" data-testid="unsubscribe-notice">
            {notice}
          </p>
        ) : null}
        <p>You can still unsubscribe with it. To change your preferences or get your data, we will email a fresh link to the address this email was sent to.</p>
        <form action={unsubscribeAction}>
          <Hidden {...link} />
          <button type="submit" className="button">Unsubscribe</button>
        </form>
        <form action={requestFreshLinkAction}>
          <Hidden {...link} />
          <button type="submit" className="button button--ghost">Email me a fresh link</button>
        </form>
      </main>
    );
  }
  const prefs = state === "fresh" ? await getPreferences(m) : null;
  if (!prefs) {
    return (
      <main className="container narrow">
        <h1>This unsubscribe link is not valid</h1>
        <p>It may have been copied incompletely. Use the link at the bottom of any of our emails, or reply to one and we will take care of it.</p>
        <p>
          <Link href="/">Back to the home page</Link>
        </p>
      </main>
    );
  }
  const current = prefs.newsletters.find((x) => x.id === n);
  const subscribed = current?.status === "active" || current?.status === "pending";
  return (
    <main className="container narrow">
      <h1>{subscribed ? "Unsubscribe" : "You are unsubscribed"}</h1>
      {notice ? (
        <p role="status" className="notice" data-testid="unsubscribe-notice">
          {notice}
        </p>
      ) : null}
      <p>
        Email address: <strong>{maskEmail(prefs.email)}</strong>
      </p>
      {current ? (
        subscribed ? (
          <form action={unsubscribeAction}>
            <Hidden {...link} />
            <p>Stop receiving {current.name}?</p>
            <button type="submit" className="button">Unsubscribe</button>
          </form>
        ) : (
          <form action={resubscribeAction}>
            <Hidden {...link} />
            <p>You no longer receive {current.name}. Changed your mind?</p>
            <button type="submit" className="button">Subscribe again</button>
          </form>
        )
      ) : null}

      {prefs.newsletters.length > 1 ? (
        <section aria-labelledby="prefs-h">
          <h2 id="prefs-h">Your newsletters</h2>
          <form action={savePreferencesAction}>
            <Hidden {...link} />
            <fieldset>
              <legend>Choose what you receive</legend>
              {prefs.newsletters.map((x) => (
                <div key={x.id} className="checkbox">
                  <input id={`nl-${x.id}`} type="checkbox" name="newsletterIds" value={x.id} defaultChecked={x.status === "active" || x.status === "pending"} />
                  <label htmlFor={`nl-${x.id}`}>
                    {x.name}
                    {x.description ? <span className="hint"> — {x.description}</span> : null}
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button">Save preferences</button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="data-h">
        <h2 id="data-h">Your data</h2>
        <p>Download everything we hold about you, or delete it. We will email you a link that works for one hour.</p>
        <form action={requestManageLinkAction}>
          <Hidden {...link} />
          <button type="submit" className="button button--ghost">Email me a link to download or delete my data</button>
        </form>
      </section>
    </main>
  );
}
