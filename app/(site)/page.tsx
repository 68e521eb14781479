// Home: first page of the latest articles. `/?page=N` is rewritten to /latest/N (next.config.js) so both stay static.
import { HomeView } from "@/components/site/home-view";
import { isBuildPhase } from "@/lib/server/build-phase";
import { listPublishedArticles } from "@/lib/content/articles";
import { getLatestIssue } from "@/lib/content/issues";
import { listTopics } from "@/lib/content/topics";

export const revalidate = 300;

const HOME_PAGE_SIZE = 10;

export default async function HomePage() {
  // Build-time shell, never served: scripts/build.mjs removes it (the build never reads the database).
  if (isBuildPhase()) return null;
  const [latestIssue, articles, topics] = await Promise.all([
    getLatestIssue(),
    listPublishedArticles({ page: 1, perPage: HOME_PAGE_SIZE }),
    listTopics(),
  ]);
  return <HomeView latestIssue={latestIssue} articles={articles} topics={topics} />;
}
