import { Heading } from '../components/Heading';

export function NotFoundPage() {
  return (
    <>
      <Heading>Page not found</Heading>
      <p>
        There is no page at this address. <a href="/">Go to the home page</a> or search the archive.
      </p>
    </>
  );
}
