// The newsletter pitch with an email field. A plain GET form to /subscribe, which owns the signup itself.
export function SubscribeCta({
  heading = "Get the Weekly Outlook",
  text = "One email every Friday: what happened in Central and Eastern Europe this week, and what it means. Free.",
  id = "subscribe-cta",
}: {
  heading?: string;
  text?: string;
  id?: string;
}) {
  const headingId = `${id}-heading`;
  const inputId = `${id}-email`;
  return (
    <section className="subscribe-cta" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{text}</p>
      <form action="/subscribe" method="get">
        <label htmlFor={inputId}>Email address</label>
        <div className="field-row">
          <input
            className="input"
            id={inputId}
            type="email"
            name="email"
            autoComplete="email"
            required
            placeholder="you@example.com"
          />
          <button className="button" type="submit">
            Subscribe
          </button>
        </div>
      </form>
    </section>
  );
}
