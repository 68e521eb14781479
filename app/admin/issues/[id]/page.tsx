// Compose an issue: sections, linked articles, previews side by side, test email, publish / schedule.
import { notFound } from "next/navigation";
import { IssueEditor } from "@/components/admin/issue-editor";
import { getIssueForEdit, listLinkableArticles } from "@/lib/content/issue-editor";
import { requireEditor } from "@/lib/auth/guards";
import { deleteIssueAction, issuePreviewsAction, issueStatusAction, saveIssueAction, sendTestEmailAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Edit issue" };

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireEditor(`/admin/issues/${id}`);
  const [issue, articles] = await Promise.all([getIssueForEdit(id), listLinkableArticles()]);
  if (!issue) notFound();
  return (
    <IssueEditor
      issue={issue}
      articles={articles}
      editorEmail={viewer.email}
      actions={{
        save: saveIssueAction,
        status: issueStatusAction,
        previews: issuePreviewsAction,
        testEmail: sendTestEmailAction,
        remove: deleteIssueAction,
      }}
    />
  );
}
