// A member: subscriptions and their history, emails received, comments, membership and account actions.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { fmtDate, fmtDateTime } from "@/components/admin/format";
import { getMemberDetail } from "@/lib/members/directory";
import { listDeliveryEventsForMember } from "@/lib/deliverability/events";
import { requireEditor } from "@/lib/auth/guards";
import { deleteMemberAction, membershipAction, unsubscribeMemberAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Member" };

const EVENT_LABEL: Record<string, string> = {
  requested: "Asked to subscribe",
  confirmed: "Confirmed",
  unsubscribed: "Unsubscribed",
  resubscribed: "Resubscribed",
  imported: "Imported",
  added_by_editor: "Added by an editor",
};

const DELIVERY_LABEL = { delivered: "Delivered", bounce_hard: "Hard bounce", bounce_soft: "Soft bounce", complaint: "Spam complaint" } as const;

export default async function MemberPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/members/${id}`);
  const m = await getMemberDetail(id);
  if (!m) notFound();
  const deliveryEvents = await listDeliveryEventsForMember(id);
  const { added } = await searchParams;
  const now = new Date();
  const isMember = m.membershipTier === "member" && (!m.membershipExpiresAt || m.membershipExpiresAt > now);
  const hasLiveSub = m.subscriptions.some((s) => s.status !== "unsubscribed");
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/members">← Members</Link></p>
          <h1 style={{ wordBreak: "break-all" }}>{m.email}</h1>
          <p className="muted">{m.name ?? "No name"} · signed up {fmtDate(m.createdAt)}{m.role !== "reader" ? ` · ${m.role}` : ""}{m.lastSeenAt ? ` · last seen ${fmtDate(m.lastSeenAt)}` : ""}</p>
        </div>
      </div>
      {added ? <p className="form-ok" role="status">Member added.</p> : null}
      <div className="grid grid-2" style={{ marginBottom: "1rem" }}>
        <section className="panel stack" aria-labelledby="ms-h">
          <h2 id="ms-h">Membership</h2>
          <p>
            {isMember ? <span className="badge badge-member">member</span> : m.membershipTier === "member" ? <span className="badge badge-unsubscribed">expired</span> : <span className="badge">free</span>}{" "}
            {m.membershipTier === "member" ? (m.membershipExpiresAt ? `${isMember ? "until" : "ended"} ${fmtDate(m.membershipExpiresAt)}` : "no expiry") : ""}
            {m.membershipGrantedAt ? <span className="muted small"> · granted {fmtDate(m.membershipGrantedAt)}</span> : null}
          </p>
          {!isMember ? (
            <ActionForm action={membershipAction} hidden={{ memberId: m.id, op: "grant" }}>
              <label className="inline">for
                <select name="months" defaultValue="12" style={{ width: "auto" }}>
                  <option value="1">1 month</option><option value="3">3 months</option><option value="12">12 months</option><option value="0">no expiry</option>
                </select>
              </label>
              <button type="submit" className="btn-primary">Grant membership</button>
            </ActionForm>
          ) : (
            <>
              {m.membershipExpiresAt ? (
                <ActionForm action={membershipAction} hidden={{ memberId: m.id, op: "extend" }}>
                  <label className="inline">by
                    <select name="months" defaultValue="12" style={{ width: "auto" }}><option value="1">1 month</option><option value="3">3 months</option><option value="12">12 months</option></select>
                  </label>
                  <button type="submit">Extend</button>
                </ActionForm>
              ) : null}
              <ActionForm action={membershipAction} hidden={{ memberId: m.id, op: "revoke" }} confirm="Revoke this membership? They lose access to members-only content now.">
                <button type="submit" className="btn-danger">Revoke membership</button>
              </ActionForm>
            </>
          )}
        </section>
        <section className="panel stack" aria-labelledby="sub-h">
          <h2 id="sub-h">Subscriptions</h2>
          {m.subscriptions.length === 0 ? <p className="muted">Not subscribed to any newsletter.</p> : (
            <ul className="list-plain">
              {m.subscriptions.map((s) => (
                <li key={s.id}>
                  <span>{s.newsletter.name}<br /><span className="muted small">via {s.source} · since {fmtDate(s.createdAt)}{s.confirmedAt ? ` · confirmed ${fmtDate(s.confirmedAt)}` : ""}</span></span>
                  <span className={`badge badge-${s.status}`}>{s.status}</span>
                </li>
              ))}
            </ul>
          )}
          {hasLiveSub ? (
            <ActionForm action={unsubscribeMemberAction} hidden={{ memberId: m.id }} confirm="Unsubscribe from every newsletter?">
              <button type="submit">Unsubscribe</button>
            </ActionForm>
          ) : null}
        </section>
      </div>
      <div className="grid grid-2">
        <section className="panel" aria-labelledby="hist-h">
          <h2 id="hist-h">History</h2>
          {m.subscribeEvents.length === 0 && m.audit.length === 0 && deliveryEvents.length === 0 ? <p className="muted">Nothing recorded yet.</p> : null}
          <ul className="list-plain history">
            {[
              ...m.subscribeEvents.map((e) => ({ at: e.createdAt, key: e.id, text: `${EVENT_LABEL[e.type] ?? e.type} — ${e.newsletter.name} (${e.fromStatus ? `${e.fromStatus} → ` : ""}${e.toStatus}, ${e.source})` })),
              ...m.audit.map((a) => ({ at: a.createdAt, key: a.id, text: `${a.action.replace(".", ": ").replace("_", " ")} by ${a.actor}` })),
              ...deliveryEvents.map((d) => ({ at: d.occurredAt, key: d.id, text: `${DELIVERY_LABEL[d.type]} (${d.provider}): ${d.summary}${d.outcome ? ` — ${d.outcome}` : ""}` })),
            ]
              .sort((a, b) => b.at.getTime() - a.at.getTime())
              .map((e) => <li key={e.key}><span className="muted small">{fmtDateTime(e.at)}</span><span>{e.text}</span></li>)}
          </ul>
        </section>
        <section className="panel" aria-labelledby="mail-h">
          <h2 id="mail-h">Emails received</h2>
          {m.emailRecipients.length === 0 ? <p className="muted">No issue sent to them yet.</p> : (
            <ul className="list-plain">
              {m.emailRecipients.map((r) => (
                <li key={r.id}>
                  <span>{r.email.subject}<br /><span className="muted small">{r.variant} variant · {fmtDateTime(r.submittedAt ?? r.email.createdAt)}{r.openedAt ? " · opened" : ""}</span></span>
                  <span className={`badge badge-${r.status === "submitted" ? "sent" : r.status}`}>{r.status}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="cm-h">
          <h2 id="cm-h">Comments</h2>
          {m.comments.length === 0 ? <p className="muted">No comments.</p> : (
            <ul className="list-plain">
              {m.comments.map((c) => (
                <li key={c.id}>
                  <span>{c.body.length > 160 ? `${c.body.slice(0, 160)}…` : c.body}<br /><span className="muted small">on <a href={`/articles/${c.article.slug}`}>{c.article.title}</a> · {fmtDate(c.createdAt)}</span></span>
                  <span className={`badge badge-${c.status}`}>{c.status}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel stack" aria-labelledby="acct-h">
          <h2 id="acct-h">Account</h2>
          {m.note ? <p><span className="muted small">Note:</span> {m.note}</p> : null}
          <p className="muted small">Deleting removes the member, their subscriptions and sessions. Their comments stay, without a name.</p>
          <ActionForm action={deleteMemberAction} hidden={{ memberId: m.id }} confirm={`Delete ${m.email} for good? This cannot be undone.`}>
            <button type="submit" className="btn-danger">Delete member…</button>
          </ActionForm>
        </section>
      </div>
    </>
  );
}
