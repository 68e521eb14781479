// Authors: everyone who can be named in a byline, with their article counts.
import Link from "next/link";
import { listAuthorsAdmin } from "@/lib/content/author-editor";
import { requireEditor } from "@/lib/auth/guards";
import { plural } from "@/lib/shared/plural";

export const dynamic = "force-dynamic";
export const metadata = { title: "Authors" };

export default async function AuthorsAdminPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requireEditor("/admin/authors");
  const [authors, q] = await Promise.all([listAuthorsAdmin(), searchParams]);
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Authors</h1>
          <p className="muted">{plural(authors.length, "author")}. Their bio and photo appear on the author page and under their articles.</p>
        </div>
        <Link className="btn btn-primary" href="/admin/authors/new">New author</Link>
      </div>
      {q.deleted ? <p className="form-ok" role="status" style={{ marginBottom: "1rem" }}>The author was deleted.</p> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Name</th><th scope="col" className="hide-sm">Slug</th><th scope="col" className="hide-sm">Location</th><th scope="col" className="num">Articles</th></tr>
          </thead>
          <tbody>
            {authors.length === 0 ? <tr><td colSpan={4} className="muted">No authors yet: create the first one.</td></tr> : null}
            {authors.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/authors/${a.id}`}>{a.name}</Link>
                  {a.photo ? null : <span className="muted small"> · no photo</span>}
                </td>
                <td className="hide-sm muted">{a.slug}</td>
                <td className="hide-sm">{a.location ?? "—"}</td>
                <td className="num">{a.articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
