// The masthead and main navigation. Static: nothing here depends on who is looking (the account
// link switches in the browser).
import { AccountLink } from "./account-link";

const SECTIONS = [
  { href: "/", label: "Latest" },
  { href: "/topics", label: "Topics" },
  { href: "/archive", label: "Archive" },
  { href: "/search", label: "Search" },
] as const;

export function SiteHeader({ name, tagline }: { name: string; tagline: string }) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <a href="/" className="masthead">
          <span className="masthead__name">{name}</span>
          <span className="masthead__tagline">{tagline}</span>
        </a>
        <div className="site-header__actions">
          <AccountLink />
          <a href="/subscribe" className="button button--small">
            Subscribe
          </a>
        </div>
      </div>
      <nav className="site-nav" aria-label="Main">
        <ul className="container">
          {SECTIONS.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
