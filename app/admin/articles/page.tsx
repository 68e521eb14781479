// Articles: filter by status, topic, author; search by title and excerpt.
import { Pager } from "@/components/admin/pager";
import Link from "next/link";
import { fmtDate } from "@/components/admin/format";
import { listArticlesAdmin, listTaxonomy } from "@/lib/content/article-editor";
import { requireEditor } from "@/lib/auth/guards";
import { parsePage } from "@/lib/shared/pagination";
import { firstValues, type SearchParams } from "@/lib/shared/search-params";

export const dynamic = "force-dynamic";
export const metadata = { title: "Articles" };

type SP = Promise<SearchParams>;

export default async function ArticlesPage({ searchParams }: { searchParams: SP }) {
  await requireEditor("/admin/articles");
  // `?q=a&q=b` is an array: its `.trim()` was a 500 (found by the bad-input suite)
  const sp = firstValues(await searchParams);
  const page = parsePage(sp.page) ?? 1;
  const filters = { status: sp.status, topic: sp.topic, author: sp.author, q: sp.q?.trim() || undefined, page };
  const [{ articles, total, pages }, { topics, authors }] = await Promise.all([listArticlesAdmin(filters), listTaxonomy()]);
  const qs = (p: number) => {
    const u = new URLSearchParams(Object.entries({ ...sp, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/articles?${u}`;
  };
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Articles</h1>
          <p className="muted">{total} article{total === 1 ? "" : "s"}</p>
        </div>
        <Link className="btn btn-primary" href="/admin/articles/new">New article</Link>
      </div>
      {sp.deleted ? <p className="form-ok" role="status">Article deleted.</p> : null}
      <form className="filters" role="search">
        <label>Search<input type="search" name="q" defaultValue={sp.q} placeholder="Title or excerpt" /></label>
        <label>Status
          <select name="status" defaultValue={sp.status ?? ""}>
            <option value="">Any</option><option value="draft">Draft</option><option value="scheduled">Scheduled</option><option value="published">Published</option>
          </select>
        </label>
        <label>Topic
          <select name="topic" defaultValue={sp.topic ?? ""}>
            <option value="">Any</option>
            {topics.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <label>Author
          <select name="author" defaultValue={sp.author ?? ""}>
            <option value="">Any</option>
            {authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <button type="submit">Filter</button>
        {sp.q || sp.status || sp.topic || sp.author ? <Link className="btn btn-quiet" href="/admin/articles">Clear</Link> : null}
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col" className="hide-sm">Authors</th><th scope="col" className="hide-sm">Topics</th><th scope="col">Date</th></tr>
          </thead>
          <tbody>
            {articles.length === 0 ? (
              <tr><td colSpan={5} className="muted">No articles match.</td></tr>
            ) : (
              articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>{" "}
                    {a.visibility !== "public" ? <span className="badge badge-members">{a.visibility === "paid" ? "Supporters" : "Members"}</span> : null}
                  </td>
                  <td><span className={`badge badge-${a.status}`}>{a.status}</span></td>
                  <td className="hide-sm">{a.authors.join(", ") || <span className="muted">—</span>}</td>
                  <td className="hide-sm">{a.topics.join(", ") || <span className="muted">—</span>}</td>
                  <td className="small">{a.status === "draft" ? `edited ${fmtDate(a.updatedAt)}` : fmtDate(a.publishedAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pager page={filters.page} pages={pages} href={qs} />
    </>
  );
}
