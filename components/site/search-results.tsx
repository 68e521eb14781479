// Search results: headline and snippet with the matched words marked (<mark>), rendered as text parts
// (never HTML from the index), byline and date as on every list.
import type { SearchHit, SnippetPart } from "@/lib/content/search";
import { AuthorLinks } from "./article-list";
import { FormattedDate } from "../ui/formatted-date";

function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="article-list search-results">
      {hits.map((a) => (
        <li key={a.slug} className="article-card">
          {a.topics.length ? <span className="kicker">{a.topics.map((t) => t.name).join(" · ")}</span> : null}
          <h3>
            <a href={`/articles/${a.slug}`}>
              <Marked parts={a.titleParts} />
            </a>
          </h3>
          <p className="article-card__excerpt">{a.snippet.length ? <Marked parts={a.snippet} /> : a.excerpt}</p>
          <p className="meta">
            {a.authors.length > 0 ? (
              <>
                By <AuthorLinks authors={a.authors} />
                <span className="dot" />
              </>
            ) : null}
            {a.publishedAt ? <FormattedDate date={a.publishedAt} /> : null}
            {a.visibility !== "public" ? (
              <>
                {" "}
                <span className="badge">{a.visibility === "paid" ? "Supporters" : "Members"}</span>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
