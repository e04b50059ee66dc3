import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { announce } from './announce';
import { safeReturnPath } from './query';
import { createStore } from './store';
import type { ClientConfig } from './types';

/**
 * Signing in with Keycloak (authorization code + PKCE) through oidc-client-ts. Tokens live in
 * session storage. The page's Content-Security-Policy forbids frames, so expiring access tokens
 * are renewed with the refresh token; when that fails the visitor is signed out and told so.
 */

export interface Session {
  name: string;
  roles: readonly string[];
}

export const sessionStore = createStore<Session | null>(null);

let manager: UserManager | null = null;
let renewal: Promise<User | null> | null = null;
let knownRoles: readonly string[] = [];

/** Sets up sign-in from the API's client configuration and restores this tab's session. */
export async function startAuth(config: ClientConfig): Promise<void> {
  knownRoles = config.roles;
  const origin = window.location.origin;
  manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
  });
  manager.events.addUserLoaded((user) => sessionStore.set(sessionOf(user)));
  manager.events.addUserUnloaded(() => sessionStore.set(null));
  manager.events.addAccessTokenExpired(() => void renew());
  const user = await manager.getUser();
  if (user && !user.expired) {
    sessionStore.set(sessionOf(user));
  } else if (user) {
    await renew();
  }
}

/** The roles the API knows, in the order the members page shows them. */
export function roles(): readonly string[] {
  return knownRoles;
}

export function hasRole(session: Session | null, role: string): boolean {
  return session?.roles.includes(role) ?? false;
}

/** Whether sign-in is available (the API told us where the identity provider is). */
export function canSignIn(): boolean {
  return manager !== null;
}

/** Leaves for the sign-in page; the callback brings the visitor back to where they are now. */
export async function signIn(): Promise<void> {
  if (!manager) throw new Error('Sign-in is not available: the archive did not say where to sign in.');
  const returnTo = window.location.pathname + window.location.search;
  await manager.signinRedirect({ state: { returnTo } });
}

/** Finishes signing in on the callback page and answers the path to return to. */
export async function completeSignIn(): Promise<string> {
  if (!manager) throw new Error('Sign-in is not available: the archive did not say where to sign in.');
  const user = await manager.signinRedirectCallback();
  sessionStore.set(sessionOf(user));
  const state = user.state as { returnTo?: unknown } | undefined;
  return safeReturnPath(state?.returnTo);
}

/** Ends the session here and at the identity provider, which sends the browser home. */
export async function signOut(): Promise<void> {
  if (!manager) return;
  const user = await manager.getUser();
  await manager.removeUser();
  await manager.signoutRedirect({ id_token_hint: user?.id_token });
}

/** The access token to send, renewed first when it has expired; null when not signed in. */
export async function accessToken(): Promise<string | null> {
  if (!manager) return null;
  const user = await manager.getUser();
  if (!user) return null;
  if (!user.expired) return user.access_token;
  return (await renew())?.access_token ?? null;
}

function renew(): Promise<User | null> {
  if (!manager) return Promise.resolve(null);
  const current = manager;
  renewal ??= current
    .signinSilent()
    .catch(async () => {
      await current.removeUser();
      announce('Your session has ended. Sign in again to make changes.');
      return null;
    })
    .finally(() => {
      renewal = null;
    });
  return renewal;
}

function sessionOf(user: User): Session {
  const profile = user.profile;
  const groups: unknown = profile.groups;
  return {
    name: profile.name || profile.preferred_username || 'Signed in',
    roles: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [],
  };
}
