// The masthead and main navigation. Static: nothing here depends on who is looking (the account
// link switches in the browser).
import { AccountLink } from "./account-link";
import "./images.css";

const SECTIONS = [
  { href: "/", label: "Latest" },
  { href: "/topics", label: "Topics" },
  { href: "/archive", label: "Archive" },
  { href: "/search", label: "Search" },
] as const;

type Logo = { src: string; width: number | null; height: number | null };

/** Logo height in the masthead (CSS px); the width follows the image's own proportions. */
const LOGO_HEIGHT = 44;

export function SiteHeader({ name, tagline, logo = null }: { name: string; tagline: string; logo?: Logo | null }) {
  return (
    <header className="site-header">
      <div className="container site-header__top">
        <a href="/" className="masthead">
          {logo ? (
            // The logo stands for the name: its alt text is the name, announced once.
            // eslint-disable-next-line @next/next/no-img-element -- uploads are served as stored (cached pages, no per-request optimizer)
            <img
              className="masthead__logo"
              src={logo.src}
              alt={name}
              height={LOGO_HEIGHT}
              width={logo.width && logo.height ? Math.round((logo.width / logo.height) * LOGO_HEIGHT) : undefined}
            />
          ) : (
            <span className="masthead__name">{name}</span>
          )}
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
