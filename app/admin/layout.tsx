// The editor admin's frame: a calm sidebar (a top bar on small screens) around every /admin page.
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireEditor } from "@/lib/auth/guards";
import { signOutAction } from "../(site)/signin/actions";
import "./admin.css";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin" }, robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // A convenience: every page, action and data function checks the role again itself.
  const viewer = await requireEditor("/admin");
  return (
    <div className="adm">
      <AdminNav isAdmin={viewer.isAdmin} email={viewer.email} signOut={signOutAction} />
      <main className="adm-main" id="main">
        {children}
      </main>
    </div>
  );
}
