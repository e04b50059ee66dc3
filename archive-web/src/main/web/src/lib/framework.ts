import { frameworkNames, type Framework } from './governance';
import { useResource, type Resource } from './resource';
import { getGov } from './governance-api';

/** The UNESCO framework's names (principles, policy areas), loaded once and shared by the pages. */
export function useFrameworkNames(): Resource<Framework> {
  return useResource(() => frameworkNames(() => getGov<Framework>('/framework').then((r) => r.body)), 'framework-names');
}
