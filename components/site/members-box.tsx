// Shown where gated text was withheld: the way in, for the level the text needs and for who is
// looking. A signed-in reader is never told to sign in: they are offered what they lack.
import type { AccessLevel } from "@/lib/shared/access";

export function signInHref(callbackPath: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

/** Where "Become a member" leads: the subscribe form, which returns the reader here once confirmed. */
export function becomeMemberHref(callbackPath: string): string {
  return `/subscribe?next=${encodeURIComponent(callbackPath)}`;
}

export function supportHref(callbackPath: string): string {
  return `/support?next=${encodeURIComponent(callbackPath)}`;
}

/** `signedIn` is known only on per-viewer renders; cached pages show the anonymous box. */
export function MembersBox({
  what,
  callbackPath,
  need,
  signedIn = false,
}: {
  what: "article" | "section";
  callbackPath: string;
  need: Exclude<AccessLevel, "public">;
  signedIn?: boolean;
}) {
  if (need === "paid") {
    return (
      <aside className="members-box" aria-label="For supporters" data-members-box="paid">
        <h2>This {what} is for supporters.</h2>
        <p>
          Supporters keep the Weekly Outlook independent and read everything we publish.
          {signedIn ? " Your account does not include supporter access yet." : " Already a supporter? Sign in to keep reading."}
        </p>
        <p className="members-box__actions">
          <a className="button" href={supportHref(callbackPath)}>
            Support us to read this
          </a>
          {signedIn ? null : (
            <a className="button button--ghost" href={signInHref(callbackPath)}>
              Sign in
            </a>
          )}
        </p>
      </aside>
    );
  }
  return (
    <aside className="members-box" aria-label="Members only" data-members-box="members">
      <h2>This {what} is for members.</h2>
      {signedIn ? (
        <p>Members are the Weekly Outlook&rsquo;s subscribers. Subscribe (it is free) and confirm the email we send you to read on.</p>
      ) : (
        <p>Members read every members-only article and the full Weekly Outlook briefing. Subscribing is free. Already a member? Sign in to keep reading.</p>
      )}
      <p className="members-box__actions">
        <a className="button" href={becomeMemberHref(callbackPath)}>
          {signedIn ? "Subscribe" : "Become a member"}
        </a>
        {signedIn ? null : (
          <a className="button button--ghost" href={signInHref(callbackPath)}>
            Sign in
          </a>
        )}
      </p>
    </aside>
  );
}
