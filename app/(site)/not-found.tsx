// 404 for notFound() inside the public site (unknown, draft or scheduled article; bad issue number).
import { NotFoundContent } from "@/components/site/not-found-content";

export default function SiteNotFound() {
  return <NotFoundContent />;
}
