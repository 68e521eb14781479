"use client";
// Sidebar navigation of the admin; the current section is marked for screen readers too.
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS: { href: string; label: string; exact?: boolean }[] = [
  { href: "/admin", label: "Dashboard", exact: true },
  { href: "/admin/articles", label: "Articles" },
  { href: "/admin/issues", label: "Issues" },
  { href: "/admin/authors", label: "Authors" },
  { href: "/admin/topics", label: "Topics" },
  { href: "/admin/members", label: "Members" },
  { href: "/admin/comments", label: "Comments" },
  { href: "/admin/suppressions", label: "Suppressions" },
];
// Admins only: the local mailbox holds other people's mail.
const ADMIN_ITEMS: typeof ITEMS = [
  { href: "/admin/mailbox", label: "Mailbox" },
  { href: "/admin/settings", label: "Settings" },
];

type SignOut = (formData: FormData) => void | Promise<void>;

export function AdminNav({ isAdmin, email, signOut }: { isAdmin: boolean; email: string; signOut: SignOut }) {
  const path = usePathname() ?? "";
  const items = isAdmin ? [...ITEMS, ...ADMIN_ITEMS] : ITEMS;
  return (
    <header className="adm-side">
      <div className="adm-brand">
        <Link href="/admin">Weekly Outlook</Link>
        <span className="adm-brand-sub">Admin</span>
      </div>
      <nav aria-label="Admin">
        <ul>
          {items.map((it) => {
            const current = it.exact ? path === it.href : path === it.href || path.startsWith(it.href + "/");
            return (
              <li key={it.href}>
                <Link href={it.href} aria-current={current ? "page" : undefined}>
                  {it.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="adm-who">
        <span title={email}>{email}</span>
        <Link href="/">View site ↗</Link>
        <form action={signOut}>
          <input type="hidden" name="callbackUrl" value="/" />
          <button type="submit" className="adm-signout">Sign out</button>
        </form>
      </div>
    </header>
  );
}
