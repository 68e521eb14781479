// Archive, first page. `/archive?page=N` is rewritten to /archive/pages/N (next.config.js).
import type { Metadata } from "next";
import { isBuildPhase } from "@/lib/server/build-phase";
import { ArchiveView } from "@/components/site/archive-view";
import { listPublicIssues } from "@/lib/content/issues";

export const revalidate = 300;
export const metadata: Metadata = {
  title: "Newsletter archive",
  description: "Every issue of the Weekly Outlook newsletter.",
  alternates: { canonical: "/archive" },
};

export default async function ArchivePage() {
  // Build-time shell, never served: scripts/build.mjs removes it (the build never reads the database).
  if (isBuildPhase()) return null;
  return <ArchiveView issues={await listPublicIssues({ page: 1 })} />;
}
