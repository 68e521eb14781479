"use server";
// Settings actions (admin only): publication facts, logo upload, SMTP connection test, staff roles.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { saveSettings, setStaffRole, testSmtpConnection } from "@/lib/settings/edit";
import { requireAdmin } from "@/lib/auth/guards";
import { saveImageUpload } from "@/lib/content/uploads";
import { SettingsFormSchema, type FormState } from "@/lib/content/schemas";

export async function saveSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const logo = formData.get("logo");
  let logoUrl = String(formData.get("logoUrl") ?? "");
  if (logo instanceof File && logo.size > 0) {
    const up = await saveImageUpload(logo);
    if (!up.ok) return { ok: false, fieldErrors: { logoUrl: [up.error] } };
    logoUrl = up.url;
  }
  const parsed = SettingsFormSchema.safeParse({
    publicationName: formData.get("publicationName"),
    description: formData.get("description") ?? "",
    senderName: formData.get("senderName"),
    senderEmail: formData.get("senderEmail"),
    replyTo: formData.get("replyTo") ?? "",
    postalAddress: formData.get("postalAddress"),
    logoUrl,
    accentColor: formData.get("accentColor") ?? "#8a1c1c",
    emailHeader: formData.get("emailHeader") ?? "title",
    emailFont: formData.get("emailFont") ?? "sans",
    emailFooter: formData.get("emailFooter") ?? "",
    emailShowFeatureImage: formData.get("emailShowFeatureImage") === "on",
    trackOpens: formData.get("trackOpens") === "on",
    trackClicks: formData.get("trackClicks") === "on",
  });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  await saveSettings(parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, message: "Settings saved." };
}

export async function testSmtpAction(_prev: FormState): Promise<FormState> {
  await requireAdmin();
  const r = await testSmtpConnection();
  return r.ok ? { ok: true, message: r.message } : { ok: false, formError: r.message };
}

export async function staffRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const role = String(formData.get("role"));
  if (role !== "reader" && role !== "editor" && role !== "admin") return { ok: false, formError: "Unknown role." };
  const r = await setStaffRole(String(formData.get("email") ?? ""), role);
  revalidatePath("/admin/settings");
  return r.ok ? { ok: true, message: "Role updated." } : { ok: false, formError: r.error };
}
