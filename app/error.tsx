"use client";
// Unexpected errors below the root layout. Never shows error.message: it may hold internals.
import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="container narrow" style={{ paddingBlock: "4rem" }}>
      <span className="kicker">Something went wrong</span>
      <h1>Sorry — this page failed to load</h1>
      <p>It’s our fault, not yours. Please try again in a moment.</p>
      {error.digest ? <p className="meta">Reference: {error.digest}</p> : null}
      <p className="field-row">
        <button className="button" type="button" onClick={() => reset()}>
          Try again
        </button>
        <a className="button button--ghost" href="/">
          Go to the front page
        </a>
      </p>
    </main>
  );
}
