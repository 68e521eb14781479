// The friendly 404 body: a search box and ways back into the site.

export function NotFoundContent() {
  return (
    <div className="container narrow">
      <header className="page-header">
        <span className="kicker">Error 404</span>
        <h1>We couldn’t find that page</h1>
        <p>The link may be out of date, or the article may have moved. Try a search, or start from one of these.</p>
      </header>
      <form className="search-form" action="/search" method="get" role="search">
        <label htmlFor="notfound-q" className="visually-hidden">
          Search articles
        </label>
        <div className="field-row">
          <input className="input" id="notfound-q" type="search" name="q" placeholder="Search titles and summaries" />
          <button className="button" type="submit">
            Search
          </button>
        </div>
      </form>
      <ul className="tag-list">
        <li><a href="/">Latest articles</a></li>
        <li><a href="/topics">Topics</a></li>
        <li><a href="/archive">Newsletter archive</a></li>
      </ul>
    </div>
  );
}
