// Edit an article.
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/article-editor";
import { getArticleForEdit, listTaxonomy } from "@/lib/content/article-editor";
import { requireEditor } from "@/lib/auth/guards";
import { deleteArticleAction, renderPreviewAction, saveArticleAction, uploadCoverAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/articles/${id}`);
  const [article, { topics, authors }] = await Promise.all([getArticleForEdit(id), listTaxonomy()]);
  if (!article) notFound();
  return <ArticleEditor article={article} topics={topics} authors={authors} actions={{ save: saveArticleAction, remove: deleteArticleAction, upload: uploadCoverAction, preview: renderPreviewAction }} />;
}
