import type { ComponentChildren } from 'preact';
import { hasRole, sessionStore } from '../lib/auth';
import { useStore } from '../lib/store';
import { Heading } from './Heading';

/** Shows its content only to holders of a role; others learn why and what to do. */
export function RequireRole({
  role,
  purpose,
  children,
}: {
  role: string;
  /** What the role allows here, e.g. "catalogue works". */
  purpose: string;
  children: ComponentChildren;
}) {
  const session = useStore(sessionStore);
  if (hasRole(session, role)) return <>{children}</>;
  return (
    <>
      <Heading>{session ? 'Not allowed' : 'Please sign in'}</Heading>
      <p>
        Only members with the {role} role can {purpose}.{' '}
        {session
          ? 'Your account does not have that role; an admin can grant it.'
          : 'If you have such an account, use the sign-in button at the top of the page.'}
      </p>
    </>
  );
}
