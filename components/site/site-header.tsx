// The masthead and main navigation. Static: nothing here depends on who is looking.

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
        <a href="/" className="masthead">
          <span className="masthead__name">{name}</span>
          <span className="masthead__tagline">{tagline}</span>
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/subscribe" className="nav-subscribe">
                Subscribe
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
