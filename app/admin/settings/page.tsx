// Settings (admin only): publication, sender, footer address, SMTP test, staff roles.
import { ActionForm } from "@/components/admin/action-form";
import { SettingsForm, SmtpTest } from "@/components/admin/settings-form";
import { getSettingsForAdmin, listStaff } from "@/lib/settings/edit";
import { requireAdmin } from "@/lib/auth/guards";
import { saveSettingsAction, staffRoleAction, testSmtpAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireAdmin("/admin/settings");
  const [{ settings, smtpConfigured, smtpHost }, staff] = await Promise.all([getSettingsForAdmin(), listStaff()]);
  return (
    <>
      <div className="adm-head"><div><h1>Settings</h1><p className="muted">Only admins see this page.</p></div></div>
      <div className="grid grid-2" style={{ alignItems: "start" }}>
        <SettingsForm values={settings} action={saveSettingsAction} />
        <div className="stack">
          <SmtpTest action={testSmtpAction} configured={smtpConfigured} host={smtpHost} />
          <section className="panel stack" aria-labelledby="staff-h">
            <h2 id="staff-h">Staff</h2>
            <ul className="list-plain">
              {staff.map((s) => (
                <li key={s.id}>
                  <span>{s.email}{s.name ? <span className="muted small"> · {s.name}</span> : null}</span>
                  {s.id === viewer.id ? <span className="badge">{s.role} (you)</span> : (
                    <ActionForm action={staffRoleAction} hidden={{ email: s.email }}>
                      <select name="role" defaultValue={s.role} aria-label={`Role of ${s.email}`} style={{ width: "auto" }}>
                        <option value="editor">Editor</option><option value="admin">Admin</option><option value="reader">No staff role</option>
                      </select>
                      <button type="submit">Change</button>
                    </ActionForm>
                  )}
                </li>
              ))}
            </ul>
            <ActionForm action={staffRoleAction} hidden={{}} className="stack">
              <label>Give a member a staff role<input type="email" name="email" placeholder="their@address" required /></label>
              <div className="row">
                <select name="role" defaultValue="editor" aria-label="Role" style={{ width: "auto" }}><option value="editor">Editor</option><option value="admin">Admin</option></select>
                <button type="submit">Add to staff</button>
              </div>
            </ActionForm>
          </section>
        </div>
      </div>
    </>
  );
}
