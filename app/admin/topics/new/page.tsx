// A new topic.
import Link from "next/link";
import { TopicForm } from "@/components/admin/taxonomy-forms";
import { requireEditor } from "@/lib/auth/guards";
import { saveTopicAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "New topic" };

export default async function NewTopicPage() {
  await requireEditor("/admin/topics/new");
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/topics">← Topics</Link></p>
          <h1>New topic</h1>
        </div>
      </div>
      <TopicForm action={saveTopicAction} values={{ name: "", slug: "", description: "" }} />
    </>
  );
}
