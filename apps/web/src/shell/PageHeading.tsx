import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';

let firstPage = true;

/**
 * The page's one h1 and its document title. After a navigation the heading takes focus, so a screen
 * reader announces the new page and the next Tab starts from its content, as after a full page load.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    heading.current?.focus();
  }, []);
  return (
    <div className="page-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
