// Shown where members-only text was withheld: the way in for members and for everyone else.
export function signInHref(callbackPath: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(callbackPath)}`;
}

export function MembersBox({ what, callbackPath }: { what: "article" | "section"; callbackPath: string }) {
  return (
    <aside className="members-box" aria-label="Members only">
      <h2>This {what} is for members.</h2>
      <p>Members read every article and the full Weekly Outlook briefing. Already a member? Sign in to keep reading.</p>
      <p className="members-box__actions">
        <a className="button" href={signInHref(callbackPath)}>
          Sign in
        </a>
        <a className="button button--ghost" href="/subscribe">
          Become a member
        </a>
      </p>
    </aside>
  );
}
