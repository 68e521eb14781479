// Full-text search over public text. Rendered per request (it reads the query) from public data only.
import type { Metadata } from "next";
import { SearchResults } from "@/components/site/search-results";
import { parsePage } from "@/lib/shared/pagination";
import { plural } from "@/lib/shared/plural";
import { listTopics } from "@/lib/content/topics";
import { normalizeQuery, searchArticles } from "@/lib/content/search";

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = (Array.isArray(sp.q) ? sp.q[0] : sp.q) ?? "";
  const query = normalizeQuery(raw);
  const page = Math.min(parsePage(sp.page) ?? 1, 50);
  const results = query ? await searchArticles(query, { page }) : null;
  const topics = !results || results.total === 0 ? (await listTopics()).filter((t) => t.articleCount > 0).slice(0, 8) : [];
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
          <input className="input" id="search-q" type="search" name="q" defaultValue={query} placeholder="Search articles, topics and authors" />
          <button className="button" type="submit">
            Search
          </button>
        </div>
      </form>
      {results && results.total > 0 ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="meta" aria-live="polite">
            {plural(results.total, "article")} matching “{query}”
          </h2>
          <SearchResults hits={results.items} />
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
        <section aria-labelledby="results-heading" className="search-empty">
          {results ? (
            <>
              <h2 id="results-heading" aria-live="polite">
                No articles match “{query}”
              </h2>
              <p className="meta">Check the spelling, use fewer words, or try a broader one. Every word must appear in the article.</p>
            </>
          ) : (
            <h2 id="results-heading" className="meta">
              Search the full text of every article, and topic and author names.
            </h2>
          )}
          {topics.length ? (
            <>
              <p className="meta">Or browse a topic:</p>
              <ul className="chip-list">
                {topics.map((t) => (
                  <li key={t.slug}>
                    <a href={`/topics/${t.slug}`}>
                      {t.name} <span className="meta">({t.articleCount})</span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      )}
    </div>
  );
}
