import type { ReactNode } from 'react';

/** A form in a disclosure, with its status line announced after it is sent. */
export function Subform({
  title,
  message,
  children,
}: {
  title: string;
  message: string;
  children: ReactNode;
}) {
  return (
    <>
      <p role="status" className="status">
        {message}
      </p>
      <details className="subform">
        <summary>{title}</summary>
        {children}
      </details>
    </>
  );
}
