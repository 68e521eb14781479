// A list of article cards: headline, excerpt, byline, date and reading time.
import type { ArticleCard } from "@/lib/content/articles";
import { FormattedDate } from "../ui/formatted-date";
import "./images.css";

export function AuthorLinks({ authors }: { authors: ArticleCard["authors"] }) {
  return (
    <>
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <a href={`/authors/${a.slug}`}>{a.name}</a>
        </span>
      ))}
    </>
  );
}

export function ArticleList({ articles, headingLevel = 3 }: { articles: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (articles.length === 0) return <p className="meta">Nothing published here yet.</p>;
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.slug} className={a.coverImage ? "article-card article-card--cover" : "article-card"}>
          {a.coverImage ? (
            // The headline link below is the card's one announced link; the picture repeats it for pointers.
            <a className="article-card__cover" href={`/articles/${a.slug}`} tabIndex={-1} aria-hidden="true">
              {/* eslint-disable-next-line @next/next/no-img-element -- uploads are served as stored (cached pages, no per-request optimizer) */}
              <img src={a.coverImage} alt="" loading="lazy" decoding="async" width={640} height={360} />
            </a>
          ) : null}
          {a.topics[0] ? <span className="kicker">{a.topics[0].name}</span> : null}
          <Heading>
            <a href={`/articles/${a.slug}`}>{a.title}</a>
          </Heading>
          <p className="article-card__excerpt">{a.excerpt}</p>
          <p className="meta">
            {a.authors.length > 0 ? (
              <>
                By <AuthorLinks authors={a.authors} />
                <span className="dot" />
              </>
            ) : null}
            <FormattedDate date={a.publishedAt} />
            <span className="dot" />
            {a.readingMinutes} min read
            {a.visibility !== "public" ? (
              <>
                {" "}
                <span className="badge">{a.visibility === "paid" ? "Supporters" : "Members"}</span>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
