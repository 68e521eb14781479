// One send: live progress, pause/resume/cancel, results (figures, clicks per link, opens, 48-hour
// chart) and the reconciliation list of recipients whose outcome is uncertain after a crash.
import { plural } from "@/lib/shared/plural";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SendChart } from "@/components/admin/send-chart";
import { SendControl } from "@/components/admin/send-control";
import { SendProgress } from "@/components/admin/send-progress";
import { getSendResults } from "@/lib/sends/results";
import { getSendHealth } from "@/lib/deliverability/health";
import { sendControlAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Send" };

export default async function SendPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await getSendResults(id);
  if (!r) notFound();
  const health = await getSendHealth(id);
  const p = r.progress;
  const rate = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;
  return (
    <section className="admin-section">
      <p>
        <Link href={`/admin/issues/${r.issue.id}/send`}>← Issue {r.issue.number}</Link>
      </p>
      <h1>Send of “{r.issue.subject}”</h1>
      {p.status === "pending" && p.scheduledAt ? <p role="status">Scheduled for {p.scheduledAt.slice(0, 16).replace("T", " ")} UTC.</p> : null}
      <SendProgress initial={p} />
      <div>
        {p.status === "sending" ? <SendControl emailId={r.id} op="pause" label="Pause" action={sendControlAction} /> : null}
        {p.status === "paused" ? <SendControl emailId={r.id} op="resume" label="Resume" action={sendControlAction} /> : null}
        {["pending", "sending", "paused"].includes(p.status) ? (
          <SendControl emailId={r.id} op="cancel" label="Cancel send" action={sendControlAction} confirmText="Cancel this send? Recipients not yet sent will not receive it." />
        ) : null}
      </div>

      {r.uncertain.length > 0 ? (
        <>
          <h2>Uncertain recipients ({p.uncertain})</h2>
          <p>
            These were being handed to the SMTP server when a worker stopped: they may or may not have received the email, so they were not sent again
            automatically. Check your SMTP provider’s log; if they did not get it, send it to them.
          </p>
          <SendControl
            emailId={r.id}
            op="resend-uncertain"
            label="Send to these"
            action={sendControlAction}
            confirmText="Send the email again to every uncertain recipient? Some may receive it twice."
          />
          <ul data-testid="uncertain-list">
            {r.uncertain.map((u) => (
              <li key={u.id}>
                {u.address} <span className="muted">{u.lastError}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {health.warnings.length ? (
        <div className="form-error" role="alert" data-testid="deliverability-warning">
          {health.warnings.map((w) => <p key={w}>{w}</p>)}
        </div>
      ) : null}
      <h2>Results</h2>
      <table className="admin-table">
        <tbody>
          <tr><th scope="row">Recipients</th><td>{p.total}</td></tr>
          <tr><th scope="row">Submitted to SMTP</th><td>{p.submitted}</td></tr>
          <tr><th scope="row">Failed</th><td>{p.failed}</td></tr>
          <tr><th scope="row">Delivered (reported by the provider)</th><td>{health.delivered}</td></tr>
          <tr><th scope="row">Bounced</th><td>{health.bouncedHard + health.bouncedSoft} ({rate(health.bounceRate)}): {health.bouncedHard} hard, {health.bouncedSoft} soft</td></tr>
          <tr><th scope="row">Spam complaints</th><td>{health.complained} ({rate(health.complaintRate)})</td></tr>
          <tr><th scope="row">Unsubscribes caused</th><td>{r.unsubscribes}</td></tr>
          <tr>
            <th scope="row">Opens</th>
            <td>{r.trackOpens ? `${r.opens.uniqueHuman} people (${r.opens.human} opens by people, ${r.opens.machine} by machines: privacy proxies and scanners)` : "not tracked"}</td>
          </tr>
          <tr><th scope="row">Clicks</th><td>{r.trackClicks ? `${plural(r.clicks.unique, "person", "people")}, ${plural(r.clicks.total, "click")}` : "not tracked"}</td></tr>
          <tr><th scope="row">Open rate</th><td data-testid="rate-open">{r.trackOpens && r.rates.openRate !== null ? `${rate(r.rates.openRate)} of ${r.rates.delivered} delivered (people; ${plural(r.rates.machineOnlyOpeners, "machine-only opener")} not counted)` : "—"}</td></tr>
          <tr><th scope="row">Click rate</th><td data-testid="rate-click">{r.trackClicks && r.rates.clickRate !== null ? `${rate(r.rates.clickRate)} of ${r.rates.delivered} delivered` : "—"}</td></tr>
          <tr><th scope="row">Unsubscribe rate</th><td data-testid="rate-unsubscribe">{r.rates.unsubscribeRate !== null ? `${rate(r.rates.unsubscribeRate)} of ${r.rates.delivered} delivered` : "—"}</td></tr>
        </tbody>
      </table>
      {r.links.length > 0 ? (
        <>
          <h3>Clicks per link</h3>
          <table className="admin-table">
            <thead>
              <tr><th scope="col">Link</th><th scope="col">Clicks</th><th scope="col">People</th></tr>
            </thead>
            <tbody>
              {r.links.map((l) => (
                <tr key={l.url}>
                  <td style={{ wordBreak: "break-all" }}>{l.url}</td>
                  <td>{l.clicks}</td>
                  <td>{l.uniqueClickers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>First 48 hours</h3>
      <p className="muted">Green: opens by people; red: clicks. One pair of bars per hour.</p>
      <SendChart points={r.chart} />
    </section>
  );
}
