// Further archive pages. Out-of-range or malformed page numbers are 404s.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ArchiveView } from "@/components/site/archive-view";
import { listPublicIssues } from "@/lib/content/issues";
import { parsePage } from "@/lib/shared/pagination";

export const revalidate = 300;

type Props = { params: Promise<{ page: string }> };

export async function generateStaticParams() {
  const { totalPages } = await listPublicIssues({ page: 1 });
  return Array.from({ length: Math.min(totalPages, 5) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Newsletter archive, page ${page}`, alternates: { canonical: `/archive?page=${page}` } };
}

export default async function ArchivePagedPage({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  if (page === 1) redirect("/archive");
  const issues = await listPublicIssues({ page });
  if (page > issues.totalPages) notFound();
  return <ArchiveView issues={issues} />;
}
