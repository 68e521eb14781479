// The footer link's page: an "Unsubscribe" button and the preference center. GET never acts.
import { maskEmail } from "@/lib/shared/email";
import type { Metadata } from "next";
import Link from "next/link";
import { getPreferences } from "@/lib/subscriptions/state";
import { verifyUnsubscribe } from "@/lib/subscriptions/unsubscribe-links";
import { requestManageLinkAction, resubscribeAction, savePreferencesAction, unsubscribeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Search = { m?: string; n?: string; s?: string; done?: string };

const NOTICES: Record<string, string> = {
  unsubscribed: "You are unsubscribed. You will not receive this newsletter any more.",
  resubscribed: "Welcome back — you are subscribed again.",
  saved: "Your preferences are saved.",
  "link-sent": "We emailed you a link to download or delete your data. It works for one hour.",
};

function Hidden({ m, n, s }: { m: string; n: string; s: string }) {
  return (
    <>
      <input type="hidden" name="m" value={m} />
      <input type="hidden" name="n" value={n} />
      <input type="hidden" name="s" value={s} />
    </>
  );
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  const m = typeof q.m === "string" ? q.m : "";
  const n = typeof q.n === "string" ? q.n : "";
  const s = typeof q.s === "string" ? q.s : "";
  const prefs = verifyUnsubscribe(m, n, s) ? await getPreferences(m) : null;
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
  const notice = q.done ? NOTICES[q.done] : undefined;
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
            <Hidden m={m} n={n} s={s} />
            <p>Stop receiving {current.name}?</p>
            <button type="submit" className="button">Unsubscribe</button>
          </form>
        ) : (
          <form action={resubscribeAction}>
            <Hidden m={m} n={n} s={s} />
            <p>You no longer receive {current.name}. Changed your mind?</p>
            <button type="submit" className="button">Subscribe again</button>
          </form>
        )
      ) : null}

      {prefs.newsletters.length > 1 ? (
        <section aria-labelledby="prefs-h">
          <h2 id="prefs-h">Your newsletters</h2>
          <form action={savePreferencesAction}>
            <Hidden m={m} n={n} s={s} />
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
          <Hidden m={m} n={n} s={s} />
          <button type="submit" className="button button--ghost">Email me a link to download or delete my data</button>
        </form>
      </section>
    </main>
  );
}
