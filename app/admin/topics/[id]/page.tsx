// One topic: name, slug, description, and deletion (refused while articles use it).
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { TopicForm } from "@/components/admin/taxonomy-forms";
import { getTopicForEdit } from "@/lib/content/author-editor";
import { requireEditor } from "@/lib/auth/guards";
import { plural } from "@/lib/shared/plural";
import { deleteTopicAction, saveTopicAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Topic" };

export default async function TopicAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/topics/${id}`);
  const [t, q] = await Promise.all([getTopicForEdit(id), searchParams]);
  if (!t) notFound();
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/topics">← Topics</Link></p>
          <h1>{t.name}</h1>
          <p className="muted">
            {plural(t.articleCount, "article")} · <a href={`/topics/${t.slug}`}>topic page ↗</a>
            {t.articleCount ? <> · <Link href={`/admin/articles?topic=${t.id}`}>its articles</Link></> : null}
          </p>
        </div>
      </div>
      {q.created ? <p className="form-ok" role="status" style={{ marginBottom: "1rem", maxWidth: 680 }}>Topic created.</p> : null}
      <TopicForm action={saveTopicAction} values={{ id: t.id, name: t.name, slug: t.slug, description: t.description ?? "" }} />
      <section className="panel stack" style={{ maxWidth: 680, marginTop: "1rem" }} aria-labelledby="del-h">
        <h2 id="del-h">Delete</h2>
        <p className="muted">{t.articleCount ? `Only a topic no article uses can be deleted: remove it from ${t.articleCount === 1 ? "its article" : `its ${t.articleCount} articles`} first.` : "No article uses this topic."}</p>
        <ActionForm action={deleteTopicAction} hidden={{ id: t.id }} confirm={`Delete the topic “${t.name}”? This cannot be undone.`}>
          <button type="submit" className="btn-danger">Delete topic</button>
        </ActionForm>
      </section>
    </>
  );
}
