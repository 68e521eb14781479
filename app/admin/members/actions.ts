"use server";
// Member actions: add by hand, membership grant / revoke / extend, unsubscribe, delete, CSV import run.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addMember, changeMembership, deleteMember, unsubscribeMember } from "@/lib/members/directory";
import { queueImportConfirmations } from "@/lib/subscriptions/confirmations";
import { importCsv, type ImportReport } from "@/lib/members/import";
import { requireEditor } from "@/lib/auth/guards";
import { CsvMappingSchema, type FormState } from "@/lib/content/schemas";

export async function addMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireEditor();
  const r = await addMember({
    email: formData.get("email"),
    name: formData.get("name"),
    subscribe: formData.get("subscribe"),
    membership: formData.get("membership"),
    note: formData.get("note"),
  });
  if (!r.ok || !r.memberId) return r;
  if (formData.get("subscribe") === "confirm") await queueImportConfirmations([r.memberId]);
  revalidatePath("/admin/members");
  redirect(`/admin/members/${r.memberId}?added=1`);
}

export async function membershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireEditor();
  const r = await changeMembership({ memberId: formData.get("memberId"), op: formData.get("op"), months: formData.get("months") ?? 12 });
  revalidatePath(`/admin/members/${String(formData.get("memberId"))}`);
  return r;
}

export async function unsubscribeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireEditor();
  const id = String(formData.get("memberId") ?? "");
  const r = await unsubscribeMember(id);
  revalidatePath(`/admin/members/${id}`);
  return r;
}

export async function deleteMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireEditor();
  const r = await deleteMember(String(formData.get("memberId") ?? ""));
  if (!r.ok) return r;
  revalidatePath("/admin/members");
  redirect("/admin/members?deleted=1");
}

export type ImportState = { ok: boolean; formError?: string; report?: ImportReport };

export async function runImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  await requireEditor();
  const parsed = CsvMappingSchema.safeParse({
    file: formData.get("file"),
    emailColumn: formData.get("emailColumn"),
    nameColumn: formData.get("nameColumn") ?? -1,
    noteColumn: formData.get("noteColumn") ?? -1,
    hasHeader: formData.get("hasHeader") === "on",
    consent: formData.get("consent"),
    membership: formData.get("membership") ?? "keep",
  });
  if (!parsed.success) return { ok: false, formError: "Choose the column that holds the email address." };
  const m = parsed.data;
  try {
    const report = await importCsv(m.file, {
      emailColumn: m.emailColumn,
      nameColumn: m.nameColumn,
      noteColumn: m.noteColumn,
      hasHeader: m.hasHeader,
      consent: m.consent,
      membership: m.membership,
      onPending: async (ids) => void (await queueImportConfirmations(ids)),
    });
    // No revalidatePath: the members pages are dynamic, and refreshing this page would unmount the report.
    return { ok: true, report };
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return { ok: false, formError: "That upload has expired or was already imported. Upload the file again." };
    throw e;
  }
}
