import { useEffect, useState } from 'preact/hooks';
import { Heading } from '../components/Heading';
import { Loading } from '../components/Status';
import { completeSignIn } from '../lib/auth';
import { navigate } from '../lib/router';

let completion: Promise<string> | null = null;

/** Where the identity provider sends the browser back; finishes signing in and returns the visitor. */
export function AuthCallbackPage() {
  const [failure, setFailure] = useState('');
  useEffect(() => {
    completion ??= completeSignIn();
    completion.then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (!failure) return <Loading what="Signing you in…" />;
  return (
    <>
      <Heading>Sign-in did not complete</Heading>
      <p>The identity provider’s answer could not be used: {failure}</p>
      <p>
        Use the sign-in button at the top of the page to try again, or <a href="/">go to the home page</a>.
      </p>
    </>
  );
}
