// Previous/next links under an admin list; renders nothing when everything fits on one page.
import Link from "next/link";

export function Pager({
  page,
  pages,
  href,
  labels = ["Previous", "Next"],
  note,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  labels?: [string, string];
  note?: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pagination">
      {page > 1 ? <Link href={href(page - 1)}>{labels[0]}</Link> : null}
      <span>
        Page {page.toLocaleString("en")} of {pages.toLocaleString("en")}
        {note ? ` · ${note}` : null}
      </span>
      {page < pages ? <Link href={href(page + 1)}>{labels[1]}</Link> : null}
    </nav>
  );
}
