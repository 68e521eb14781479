// One author: profile, photo, and deletion (refused while articles name them).
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { AuthorForm } from "@/components/admin/taxonomy-forms";
import { getAuthorForEdit } from "@/lib/content/author-editor";
import { requireEditor } from "@/lib/auth/guards";
import { plural } from "@/lib/shared/plural";
import { deleteAuthorAction, saveAuthorAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Author" };

export default async function AuthorAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/authors/${id}`);
  const [a, q] = await Promise.all([getAuthorForEdit(id), searchParams]);
  if (!a) notFound();
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/authors">← Authors</Link></p>
          <h1>{a.name}</h1>
          <p className="muted">
            {plural(a.articleCount, "article")} · <a href={`/authors/${a.slug}`}>author page ↗</a>
            {a.articleCount ? <> · <Link href={`/admin/articles?author=${a.id}`}>their articles</Link></> : null}
          </p>
        </div>
      </div>
      {q.created ? <p className="form-ok" role="status" style={{ marginBottom: "1rem", maxWidth: 680 }}>Author created.</p> : null}
      <AuthorForm action={saveAuthorAction} values={{ id: a.id, name: a.name, slug: a.slug, bio: a.bio ?? "", location: a.location ?? "", photo: a.photo }} />
      <section className="panel stack" style={{ maxWidth: 680, marginTop: "1rem" }} aria-labelledby="del-h">
        <h2 id="del-h">Delete</h2>
        <p className="muted">{a.articleCount ? `Only an author with no articles can be deleted: give ${a.articleCount === 1 ? "their article" : `their ${a.articleCount} articles`} another author first.` : "Nobody’s byline uses this author."}</p>
        <ActionForm action={deleteAuthorAction} hidden={{ id: a.id }} confirm={`Delete ${a.name}? This cannot be undone.`}>
          <button type="submit" className="btn-danger">Delete author</button>
        </ActionForm>
      </section>
    </>
  );
}
