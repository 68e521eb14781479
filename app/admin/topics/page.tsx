// Topics: the site's sections, with their article counts.
import Link from "next/link";
import { listTopicsAdmin } from "@/lib/content/author-editor";
import { requireEditor } from "@/lib/auth/guards";
import { plural } from "@/lib/shared/plural";

export const dynamic = "force-dynamic";
export const metadata = { title: "Topics" };

export default async function TopicsAdminPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requireEditor("/admin/topics");
  const [topics, q] = await Promise.all([listTopicsAdmin(), searchParams]);
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Topics</h1>
          <p className="muted">{plural(topics.length, "topic")}. Each has a page listing its articles.</p>
        </div>
        <Link className="btn btn-primary" href="/admin/topics/new">New topic</Link>
      </div>
      {q.deleted ? <p className="form-ok" role="status" style={{ marginBottom: "1rem" }}>The topic was deleted.</p> : null}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Name</th><th scope="col" className="hide-sm">Slug</th><th scope="col" className="hide-sm">Description</th><th scope="col" className="num">Articles</th></tr>
          </thead>
          <tbody>
            {topics.length === 0 ? <tr><td colSpan={4} className="muted">No topics yet: create the first one.</td></tr> : null}
            {topics.map((t) => (
              <tr key={t.id}>
                <td><Link href={`/admin/topics/${t.id}`}>{t.name}</Link></td>
                <td className="hide-sm muted">{t.slug}</td>
                <td className="hide-sm">{t.description ?? <span className="muted">—</span>}</td>
                <td className="num">{t.articleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
