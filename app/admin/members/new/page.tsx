// Add a member by hand.
import Link from "next/link";
import { AddMemberForm } from "@/components/admin/add-member-form";
import { requireEditor } from "@/lib/auth/guards";
import { addMemberAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Add member" };

export default async function NewMemberPage() {
  await requireEditor("/admin/members/new");
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/members">← Members</Link></p>
          <h1>Add a member</h1>
        </div>
      </div>
      <AddMemberForm action={addMemberAction} />
    </>
  );
}
