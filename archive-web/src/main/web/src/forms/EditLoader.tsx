import type { VNode } from 'preact';
import { ErrorPage, Loading } from '../components/Status';
import type { Kind } from '../lib/kinds';
import { useRecord } from '../lib/record';
import type { RecordMeta } from '../lib/types';

/** Loads the record an edit form starts from, with the ETag its save must name. */
export function EditLoader<V extends RecordMeta>({
  kind,
  id,
  children,
}: {
  kind: Kind;
  id: number;
  children: (view: V, etag: string | null) => VNode;
}) {
  const record = useRecord<V>(kind, id);
  if (record.error) return <ErrorPage error={record.error} onRetry={record.reload} />;
  if (!record.data) return <Loading />;
  return children(record.data.body, record.etag);
}
