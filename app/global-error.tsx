"use client";
// Last-resort error page when the root layout itself fails: it must render its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem", lineHeight: 1.6 }}>
        <main>
          <h1 style={{ fontFamily: "Georgia, serif" }}>Weekly Outlook is having trouble</h1>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
          <p>
            <button type="button" onClick={() => reset()}>
              Try again
            </button>{" "}
            {/* A full page load on purpose: the root layout failed, so client navigation cannot be trusted. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Front page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
