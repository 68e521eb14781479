// A subscriber's data page, reached from the emailed manage link (or signed in): download and delete.
import type { Metadata } from "next";
import Link from "next/link";
import { resolveDataSubject } from "@/lib/members/manage-access";
import { deleteMyDataAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your data", robots: { index: false } };

export default async function ManagePage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const q = await searchParams;
  const token = typeof q.token === "string" ? q.token : "";
  const subject = await resolveDataSubject(token);
  if (!subject) {
    return (
      <main className="container narrow">
        <h1>This link has expired or is not valid</h1>
        <p>Links to your data work for one hour. Ask for a new one from the “Unsubscribe” link in any of our emails, or sign in.</p>
        <p>
          <Link href="/signin">Sign in</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="container narrow">
      <h1>Your data</h1>
      <p>
        Signed in as <strong>{subject.email}</strong>.
      </p>
      <section aria-labelledby="export-h">
        <h2 id="export-h">Download</h2>
        <p>Your profile, subscriptions and their history, and your comments, as a JSON file.</p>
        <form action="/api/member-data" method="post">
          {subject.via === "token" ? <input type="hidden" name="token" value={token} /> : null}
          <button type="submit" className="button button--ghost">Download my data</button>
        </form>
      </section>
      <section aria-labelledby="delete-h">
        <h2 id="delete-h">Delete</h2>
        <p>
          This removes your email address, name, subscriptions, comments and sign-in sessions for good. We keep only anonymous counts (for example,
          that a subscriber left on a given day).
        </p>
        <form action={deleteMyDataAction}>
          {subject.via === "token" ? <input type="hidden" name="token" value={token} /> : null}
          <div className="checkbox">
            <input id="confirm-delete" type="checkbox" name="confirm" value="yes" required aria-describedby={q.error === "confirm" ? "confirm-err" : undefined} />
            <label htmlFor="confirm-delete">I understand that this cannot be undone.</label>
          </div>
          {q.error === "confirm" ? (
            <p id="confirm-err" className="field-error" role="alert">
              Tick the box to confirm the deletion.
            </p>
          ) : null}
          {q.error === "last-admin" ? (
            <p className="field-error" role="alert">
              You are the only admin of this publication. Make someone else admin first, then delete your data.
            </p>
          ) : null}
          <button type="submit" className="button danger">
            Delete my data permanently
          </button>
        </form>
      </section>
    </main>
  );
}
