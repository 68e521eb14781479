// The suppression list: addresses never mailed again (hard bounces, repeated soft bounces, complaints,
// manual), with search, the reason and date, and a way to lift one (audited).
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { fmtDateTime } from "@/components/admin/format";
import { Pager } from "@/components/admin/pager";
import { requireEditor } from "@/lib/auth/guards";
import { listSuppressions, SUPPRESSION_REASONS, type SuppressionReason } from "@/lib/deliverability/suppressions";
import { parsePage } from "@/lib/shared/pagination";
import { liftSuppressionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Suppressions" };

const LABEL: Record<SuppressionReason, string> = { hard_bounce: "Hard bounce", soft_bounce: "Repeated soft bounces", complaint: "Spam complaint", manual: "Manual" };

export default async function SuppressionsPage({ searchParams }: { searchParams: Promise<{ q?: string; reason?: string; page?: string }> }) {
  await requireEditor("/admin/suppressions");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 254) : "";
  const reason = SUPPRESSION_REASONS.find((r) => r === sp.reason);
  const page = parsePage(sp.page) ?? 1;
  const list = await listSuppressions({ q, reason, page });
  const href = (p: number) => `/admin/suppressions?${new URLSearchParams({ ...(q ? { q } : {}), ...(reason ? { reason } : {}), page: String(p) }).toString()}`;
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Suppressions</h1>
          <p className="muted">Addresses that are never mailed again. Lifting one lets it receive newsletters again; it does not resubscribe anybody.</p>
        </div>
      </div>
      <form className="row" role="search" action="/admin/suppressions" method="get" style={{ marginBottom: "1rem" }}>
        <label htmlFor="sup-q">Address</label>
        <input id="sup-q" name="q" type="search" defaultValue={q} maxLength={254} />
        <label htmlFor="sup-reason">Reason</label>
        <select id="sup-reason" name="reason" defaultValue={reason ?? ""}>
          <option value="">Any ({Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0)})</option>
          {SUPPRESSION_REASONS.map((r) => (
            <option key={r} value={r}>{LABEL[r]} ({list.counts[r] ?? 0})</option>
          ))}
        </select>
        <button type="submit">Search</button>
      </form>
      {list.rows.length === 0 ? <p className="muted" role="status">{q || reason ? "No suppressed address matches." : "No address is suppressed."}</p> : (
        <table className="admin-table">
          <caption className="visually-hidden">Suppressed addresses, newest first</caption>
          <thead>
            <tr><th scope="col">Address</th><th scope="col">Reason</th><th scope="col">Since</th><th scope="col">Lift</th></tr>
          </thead>
          <tbody>
            {list.rows.map((s) => (
              <tr key={s.id}>
                <td style={{ wordBreak: "break-all" }}>{s.memberId ? <Link href={`/admin/members/${s.memberId}`}>{s.email}</Link> : s.email}</td>
                <td>{LABEL[s.reason]}{s.detail ? <><br /><span className="muted small">{s.detail}</span></> : null}</td>
                <td>{fmtDateTime(s.createdAt)}</td>
                <td>
                  <ActionForm action={liftSuppressionAction} hidden={{ id: s.id }} confirm={`Mail ${s.email} again?${s.reason === "complaint" ? " This person reported our mail as spam." : ""}`}>
                    <label className="visually-hidden" htmlFor={`note-${s.id}`}>Why lift {s.email}</label>
                    <input id={`note-${s.id}`} name="note" placeholder="Why (kept in the audit log)" maxLength={300} />
                    <button type="submit">Lift</button>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={list.page} pages={list.pages} href={href} note={String(list.total)} />
    </>
  );
}
