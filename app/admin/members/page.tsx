// Members: search and filters (subscription, membership, newsletter, signup date), sortable, paginated.
import { plural } from "@/lib/shared/plural";
import { Pager } from "@/components/admin/pager";
import Link from "next/link";
import { fmtDate } from "@/components/admin/format";
import { listMembersAdmin, listAllNewslettersForEditor, parseMemberFilters, type MemberFilters } from "@/lib/members/directory";
import { requireEditor } from "@/lib/auth/guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "Members" };

type SP = Promise<Record<string, string | string[] | undefined>>;

function qs(f: MemberFilters, patch: Partial<MemberFilters>): string {
  const all = { ...f, ...patch };
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== "" && !(k === "page" && v === 1)) u.set(k, String(v));
  return u.toString();
}

export default async function MembersPage({ searchParams }: { searchParams: SP }) {
  await requireEditor("/admin/members");
  const sp = await searchParams;
  const f = parseMemberFilters(sp);
  const [{ members, total, page, pages }, newsletters] = await Promise.all([listMembersAdmin(f), listAllNewslettersForEditor()]);
  const now = new Date();
  const sortLink = (key: "createdAt" | "email" | "name", label: string, className?: string) => {
    const active = f.sort === key;
    const dir = active && f.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" className={className} aria-sort={active ? (f.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={`/admin/members?${qs(f, { sort: key, dir, page: 1 })}`} style={{ color: "inherit" }}>
          {label} {active ? (f.dir === "asc" ? "▲" : "▼") : ""}
        </Link>
      </th>
    );
  };
  const exportQs = qs(f, { page: undefined, sort: undefined, dir: undefined });
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Members</h1>
          <p className="muted">{plural(total, "match", "matches")}</p>
        </div>
        <div className="row">
          <a className="btn" href={`/admin/members/export${exportQs ? `?${exportQs}` : ""}`}>Export CSV</a>
          <Link className="btn" href="/admin/members/import">Import CSV</Link>
          <Link className="btn btn-primary" href="/admin/members/new">Add member</Link>
        </div>
      </div>
      {sp.deleted ? <p className="form-ok" role="status">Member deleted.</p> : null}
      <form className="filters" role="search">
        <label>Search<input type="search" name="q" defaultValue={f.q} placeholder="Email or name" /></label>
        <label>Subscription
          <select name="status" defaultValue={f.status ?? ""}>
            <option value="">Any</option><option value="active">Active</option><option value="pending">Pending</option><option value="unsubscribed">Unsubscribed</option><option value="none">Not subscribed</option>
          </select>
        </label>
        <label>Membership
          <select name="membership" defaultValue={f.membership ?? ""}>
            <option value="">Any</option><option value="member">Member</option><option value="free">Free</option><option value="expired">Expired</option>
          </select>
        </label>
        {newsletters.length > 1 ? (
          <label>Newsletter
            <select name="newsletter" defaultValue={f.newsletter ?? ""}>
              <option value="">Any</option>
              {newsletters.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
            </select>
          </label>
        ) : null}
        <label>Signed up from<input type="date" name="from" defaultValue={f.from} /></label>
        <label>to<input type="date" name="to" defaultValue={f.to} /></label>
        <input type="hidden" name="sort" value={f.sort} />
        <input type="hidden" name="dir" value={f.dir} />
        <button type="submit">Filter</button>
        {f.q || f.status || f.membership || f.from || f.to || f.newsletter ? <Link className="btn btn-quiet" href="/admin/members">Clear</Link> : null}
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {sortLink("email", "Email")}
              {sortLink("name", "Name", "hide-sm")}
              <th scope="col">Subscription</th>
              <th scope="col">Membership</th>
              {sortLink("createdAt", "Signed up")}
            </tr>
          </thead>
          <tbody>
            {members.length === 0 ? <tr><td colSpan={5} className="muted">No members match.</td></tr> : null}
            {members.map((m) => {
              const active = m.membershipTier === "member" && (!m.membershipExpiresAt || m.membershipExpiresAt > now);
              const sub = m.subscriptions[0];
              return (
                <tr key={m.id}>
                  <td><Link href={`/admin/members/${m.id}`}>{m.email}</Link>{m.role !== "reader" ? <> <span className="badge">{m.role}</span></> : null}</td>
                  <td className="hide-sm">{m.name ?? <span className="muted">—</span>}</td>
                  <td>{sub ? <span className={`badge badge-${sub.status}`}>{sub.status}</span> : <span className="muted small">none</span>}</td>
                  <td>{m.membershipTier === "member" ? <span className={`badge ${active ? "badge-member" : "badge-unsubscribed"}`}>{active ? "member" : "expired"}</span> : <span className="muted small">free</span>}</td>
                  <td className="small">{fmtDate(m.createdAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} href={(p) => `/admin/members?${qs(f, { page: p })}`} />
    </>
  );
}
