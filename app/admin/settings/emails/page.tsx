// The welcome and confirmation emails (admins): edit their words, see each as it will arrive.
import Link from "next/link";
import { EmailCopyForm } from "@/components/admin/email-copy-form";
import { requireAdmin } from "@/lib/auth/guards";
import { getEmailCopyForAdmin } from "@/lib/mail/transactional-copy";
import { previewEmailCopyAction, saveEmailCopyAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Welcome and confirmation emails" };

export default async function EmailCopyPage() {
  await requireAdmin("/admin/settings/emails");
  const copy = await getEmailCopyForAdmin();
  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/settings">← Settings</Link></p>
          <h1>Welcome and confirmation emails</h1>
          <p className="muted">
            What a new subscriber reads. The design (logo, accent colour, font, footer) comes from <Link href="/admin/settings">Settings</Link>; the
            confirmation button, its link and the unsubscribe footer are always added.
          </p>
        </div>
      </div>
      <div className="stack">
        <EmailCopyForm
          kind="confirm"
          heading="Confirmation email"
          description="Sent when someone subscribes: they are subscribed only once they confirm."
          initial={copy.confirm}
          save={saveEmailCopyAction}
          preview={previewEmailCopyAction}
        />
        <EmailCopyForm
          kind="welcome"
          heading="Welcome email"
          description="Sent once a subscription is confirmed."
          initial={copy.welcome}
          save={saveEmailCopyAction}
          preview={previewEmailCopyAction}
        />
      </div>
    </>
  );
}
