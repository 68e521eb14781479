// Site footer: about line, sections, and the newsletter pitch.
import Link from "next/link";

export function SiteFooter({ name, description }: { name: string; description: string }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <h2>{name}</h2>
          <p>{description}</p>
        </div>
        <nav aria-label="Sections">
          <h2>Read</h2>
          <ul>
            <li><Link href="/">Latest articles</Link></li>
            <li><Link href="/topics">Topics</Link></li>
            <li><Link href="/authors">Authors</Link></li>
            <li><Link href="/archive">Newsletter archive</Link></li>
            <li><Link href="/search">Search</Link></li>
          </ul>
        </nav>
        <nav aria-label="Membership">
          <h2>Join</h2>
          <ul>
            <li><Link href="/subscribe" prefetch={false}>Subscribe to the newsletter</Link></li>
            <li><Link href="/signin" prefetch={false}>Sign in</Link></li>
            <li><a href="/feed.xml">RSS feed</a></li>
          </ul>
          <p className="site-footer__small">An independent publication. Reader-supported.</p>
        </nav>
      </div>
    </footer>
  );
}
