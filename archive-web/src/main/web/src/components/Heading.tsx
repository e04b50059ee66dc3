import { useEffect, useRef } from 'preact/hooks';
import { takeFocusRequest } from '../lib/router';

/**
 * A page's `<h1>`. It names the browser tab, and after a navigation it takes the keyboard focus,
 * so screen-reader users hear where they arrived and Tab continues from the top of the content.
 */
export function Heading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = children === 'Ricercar' ? children : `${children} · Ricercar`;
  }, [children]);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  });
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
