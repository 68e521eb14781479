// Site footer: about line, sections, and the newsletter pitch.

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
            <li><a href="/">Latest articles</a></li>
            <li><a href="/topics">Topics</a></li>
            <li><a href="/authors">Authors</a></li>
            <li><a href="/archive">Newsletter archive</a></li>
            <li><a href="/search">Search</a></li>
          </ul>
        </nav>
        <nav aria-label="Membership">
          <h2>Join</h2>
          <ul>
            <li><a href="/subscribe">Subscribe to the newsletter</a></li>
            <li><a href="/signin">Sign in</a></li>
            <li><a href="/feed.xml">RSS feed</a></li>
          </ul>
          <p className="site-footer__small">An independent publication. Reader-supported.</p>
        </nav>
      </div>
    </footer>
  );
}
