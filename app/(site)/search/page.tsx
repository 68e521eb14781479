// Search over titles and excerpts. Rendered per request (it reads the query) but from public data only.
import type { Metadata } from "next";
import { ArticleList } from "@/components/site/article-list";
import { parsePage } from "@/lib/shared/pagination";
import { normalizeQuery, searchArticles } from "@/lib/content/search";

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = (Array.isArray(sp.q) ? sp.q[0] : sp.q) ?? "";
  const query = normalizeQuery(raw);
  const page = Math.min(parsePage(sp.page) ?? 1, 50);
  const results = query ? await searchArticles(query, { page }) : null;
  return (
    <div className="container">
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <form className="search-form" action="/search" method="get" role="search">
        <label htmlFor="search-q" className="visually-hidden">
          Search articles
        </label>
        <div className="field-row">
          <input className="input" id="search-q" type="search" name="q" defaultValue={raw.slice(0, 100)} placeholder="Search titles and summaries" />
          <button className="button" type="submit">
            Search
          </button>
        </div>
      </form>
      {results ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="meta" aria-live="polite">
            {results.total === 0
              ? `No articles match “${raw.trim()}”.`
              : `${results.total} ${results.total === 1 ? "article" : "articles"} matching “${raw.trim()}”`}
          </h2>
          <ArticleList articles={results.items} />
          {results.totalPages > 1 ? (
            <nav className="pagination" aria-label="Search result pages">
              <span>{page > 1 ? <a href={`/search?q=${encodeURIComponent(query)}&page=${page - 1}`}>← Previous</a> : null}</span>
              <span className="pagination__status">
                Page {page} of {results.totalPages}
              </span>
              <span>{page < results.totalPages ? <a href={`/search?q=${encodeURIComponent(query)}&page=${page + 1}`}>Next →</a> : null}</span>
            </nav>
          ) : null}
        </section>
      ) : (
        <p className="meta">Search article titles and summaries.</p>
      )}
    </div>
  );
}
