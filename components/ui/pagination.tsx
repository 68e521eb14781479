// Previous/next pagination over `?page=` links; plain anchors so it works without JavaScript.

export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

export function Pagination({ basePath, page, totalPages, label }: { basePath: string; page: number; totalPages: number; label: string }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <span>{page > 1 ? <a href={pageHref(basePath, page - 1)} rel="prev">← Newer</a> : null}</span>
      <span className="pagination__status">
        Page {page} of {totalPages}
      </span>
      <span>{page < totalPages ? <a href={pageHref(basePath, page + 1)} rel="next">Older →</a> : null}</span>
    </nav>
  );
}
