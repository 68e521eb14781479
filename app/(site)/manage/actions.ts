"use server";
// Deleting one's own data: needs the manage link (or a session) and an explicit confirmation.
import { redirect } from "next/navigation";
import { resolveDataSubject } from "@/lib/members/manage-access";
import { LastAdminError } from "@/lib/members/last-admin";
import { deleteMemberData } from "@/lib/members/personal-data";

export async function deleteMyDataAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const subject = await resolveDataSubject(token);
  const back = typeof token === "string" && token ? `/manage?token=${encodeURIComponent(token)}` : "/manage";
  if (!subject) redirect(back);
  if (formData.get("confirm") !== "yes") redirect(`${back}${back.includes("?") ? "&" : "?"}error=confirm`);
  try {
    await deleteMemberData(subject.memberId, "account");
  } catch (e) {
    if (e instanceof LastAdminError) redirect(`${back}${back.includes("?") ? "&" : "?"}error=last-admin`);
    throw e;
  }
  redirect("/manage/deleted");
}
