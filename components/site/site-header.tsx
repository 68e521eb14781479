// The masthead and main navigation. Static: nothing here depends on who is looking.
import Link from "next/link";

const NAV = [
  { href: "/", label: "Latest" },
  { href: "/topics", label: "Topics" },
  { href: "/archive", label: "Archive" },
  { href: "/search", label: "Search" },
  { href: "/signin", label: "Sign in" },
] as const;

export function SiteHeader({ name, tagline }: { name: string; tagline: string }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="masthead">
          <span className="masthead__name">{name}</span>
          <span className="masthead__tagline">{tagline}</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={item.href === "/signin" ? false : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/subscribe" className="nav-subscribe" prefetch={false}>
                Subscribe
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
