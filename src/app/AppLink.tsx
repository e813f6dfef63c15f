import type { ComponentPropsWithRef } from 'react';
import { useLinkHandler } from './router';

/** An <a href> that navigates inside the app (no reload); behaves like a link otherwise. */
export function AppLink({
  className,
  href,
  children,
  ...props
}: ComponentPropsWithRef<'a'> & { href: string }) {
  const onLink = useLinkHandler();
  return (
    <a {...props} href={href} className={className ?? 'kern-link'} onClick={onLink}>
      {children}
    </a>
  );
}
