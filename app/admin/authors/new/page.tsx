// A new author.
import Link from "next/link";
import { AuthorForm } from "@/components/admin/taxonomy-forms";
import { requireEditor } from "@/lib/auth/guards";
import { saveAuthorAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "New author" };

export default async function NewAuthorPage() {
  await requireEditor("/admin/authors/new");
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/authors">← Authors</Link></p>
          <h1>New author</h1>
        </div>
      </div>
      <AuthorForm action={saveAuthorAction} values={{ name: "", slug: "", bio: "", location: "", photo: null }} />
    </>
  );
}
