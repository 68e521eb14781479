// All topics with their published article counts.
import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/server/build-phase";
import { listTopics } from "@/lib/content/topics";

export const revalidate = 300;
export const metadata: Metadata = {
  title: "Topics",
  description: "Browse Weekly Outlook reporting by topic.",
  alternates: { canonical: "/topics" },
};

export default async function TopicsPage() {
  // Build-time shell, never served: scripts/build.mjs removes it (the build never reads the database).
  if (isBuildPhase()) return null;
  const topics = await listTopics();
  return (
    <div className="container">
      <header className="page-header">
        <h1>Topics</h1>
        <p>Our reporting on Central and Eastern Europe, by subject.</p>
      </header>
      <ul className="topic-grid">
        {topics.map((t) => (
          <li key={t.slug}>
            <h2>
              <a href={`/topics/${t.slug}`}>{t.name}</a>
            </h2>
            {t.description ? <p>{t.description}</p> : null}
            <p className="meta">{t.articleCount === 1 ? "1 article" : `${t.articleCount} articles`}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
