// A new article: the editor starts empty; the first save (or autosave) creates the draft.
import { ArticleEditor } from "@/components/admin/article-editor";
import { listTaxonomy } from "@/lib/content/article-editor";
import { requireEditor } from "@/lib/auth/guards";
import { deleteArticleAction, renderPreviewAction, saveArticleAction, uploadCoverAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireEditor("/admin/articles/new");
  const { topics, authors } = await listTaxonomy();
  return <ArticleEditor article={null} topics={topics} authors={authors} actions={{ save: saveArticleAction, remove: deleteArticleAction, upload: uploadCoverAction, preview: renderPreviewAction }} />;
}
