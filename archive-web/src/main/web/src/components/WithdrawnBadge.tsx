/** Marks a withdrawn record in a list (only librarians see withdrawn records at all). */
export function WithdrawnBadge() {
  return <span class="badge badge-withdrawn">Withdrawn</span>;
}
