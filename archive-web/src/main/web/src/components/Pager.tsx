/** Previous/next links for a paged list; the page number lives in the address. */
export function Pager({
  page,
  totalPages,
  hrefFor,
  label = 'Pages',
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          Previous page
        </a>
      ) : (
        <span class="pager-gap" />
      )}
      <span class="pager-status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          Next page
        </a>
      ) : (
        <span class="pager-gap" />
      )}
    </nav>
  );
}
