import { getJson, type Fetched } from './api';
import { etagFor } from './etag';
import type { Kind } from './kinds';
import { useResource, type Resource } from './resource';
import type { RecordMeta } from './types';

/** One catalogue record with the ETag its next change must name. */
export function useRecord<V extends RecordMeta>(kind: Kind, id: number): Resource<Fetched<V>> & { etag: string | null } {
  const resource = useResource((signal) => getJson<V>(`/${kind}/${id}`, signal), `${kind}/${id}`);
  const data = resource.data;
  return { ...resource, etag: data ? etagFor(data.etag, data.body.version) : null };
}
