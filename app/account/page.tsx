// The account page: who you are, your membership, newsletters, sessions, your data.
import type { Metadata } from "next";
import { DeleteAccountForm, NameForm } from "@/components/site/account/account-forms";
import { getAccountOverview } from "@/lib/members/account";
import { requireViewer } from "@/lib/auth/guards";
import { signOutAction } from "../(site)/signin/actions";
import { deleteAccountAction, revokeSessionAction, setSubscriptionAction, signOutEverywhereAction, updateNameAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const fmt = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const fmtTime = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`;

function device(ua: string | null): string {
  if (!ua) return "Browser";
  const browser = /Firefox\//.test(ua) ? "Firefox" : /Edg\//.test(ua) ? "Edge" : /Chrome\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : "Browser";
  const os = /Windows/.test(ua) ? "Windows" : /Mac OS X/.test(ua) ? "macOS" : /Android/.test(ua) ? "Android" : /iPhone|iPad/.test(ua) ? "iOS" : /Linux/.test(ua) ? "Linux" : "";
  return os ? `${browser} on ${os}` : browser;
}

export default async function AccountPage() {
  await requireViewer("/account");
  const a = await getAccountOverview();
  const m = a.membership;
  return (
    <div className="container narrow account-page">
      <h1>Your account</h1>

      <section aria-labelledby="profile">
        <h2 id="profile">Profile</h2>
        <p>
          Email: <strong>{a.email}</strong>
        </p>
        <NameForm action={updateNameAction} name={a.name ?? ""} />
      </section>

      <section aria-labelledby="membership">
        <h2 id="membership">Membership</h2>
        {a.role !== "reader" ? <p>You are {a.role === "admin" ? "an admin" : "an editor"}: you can read everything.</p> : null}
        {m.active ? (
          <p data-testid="membership-status">
            <span className="badge">Member</span> {m.expiresAt ? <>until {fmt(m.expiresAt)}</> : <>with no end date</>}
            {m.grantedAt ? <> · since {fmt(m.grantedAt)}</> : null}
          </p>
        ) : (
          <p data-testid="membership-status">
            {m.tier === "member" && m.expiresAt ? <>Your membership ended on {fmt(m.expiresAt)}. </> : null}
            You are a reader: you can comment and read public articles. Members also read the members-only briefing and articles.
          </p>
        )}
      </section>

      <section aria-labelledby="newsletters">
        <h2 id="newsletters">Newsletters</h2>
        {a.newsletters.length === 0 ? <p>No newsletters yet.</p> : null}
        <ul className="plain-list">
          {a.newsletters.map((n) => {
            const on = n.status === "active";
            return (
              <li key={n.id}>
                <form action={setSubscriptionAction} className="field-row">
                  <input type="hidden" name="newsletterId" value={n.id} />
                  <input type="hidden" name="subscribe" value={on ? "0" : "1"} />
                  <span>
                    <strong>{n.name}</strong> — {on ? "subscribed" : n.status === "pending" ? "waiting for confirmation" : "not subscribed"}
                    {n.description ? <span className="meta"> · {n.description}</span> : null}
                  </span>
                  <button className={on ? "button button--ghost" : "button"} type="submit">
                    {on ? `Unsubscribe from ${n.name}` : `Subscribe to ${n.name}`}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="sessions">
        <h2 id="sessions">Where you are signed in</h2>
        <ul className="plain-list">
          {a.sessions.map((s) => (
            <li key={s.id} className="field-row">
              <span>
                {device(s.userAgent)} · signed in {fmtTime(s.createdAt)}
                {s.current ? <strong> · this browser</strong> : null}
              </span>
              {s.current ? (
                <form action={signOutAction}>
                  <input type="hidden" name="callbackUrl" value="/" />
                  <button className="button button--ghost" type="submit">
                    Sign out
                  </button>
                </form>
              ) : (
                <form action={revokeSessionAction}>
                  <input type="hidden" name="sessionId" value={s.id} />
                  <button className="button button--ghost" type="submit">
                    Sign out there
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <form action={signOutEverywhereAction}>
          <button className="button" type="submit">
            Sign out everywhere
          </button>
        </form>
      </section>

      <section aria-labelledby="your-data">
        <h2 id="your-data">Your data</h2>
        <p>
          <a className="button button--ghost" href="/api/account/export" download>
            Download my data (JSON)
          </a>
        </p>
        <DeleteAccountForm action={deleteAccountAction} email={a.email} />
      </section>
    </div>
  );
}
