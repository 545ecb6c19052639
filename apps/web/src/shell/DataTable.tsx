import { type ReactNode, useId } from 'react';

/**
 * A table with its caption, in a region of its own that scrolls sideways on a narrow screen; the region
 * takes focus so that a keyboard user can scroll it too, and is named by the caption.
 */
export function DataTable({
  id,
  caption,
  children,
}: {
  id?: string;
  caption: ReactNode;
  children: ReactNode;
}) {
  const generated = useId();
  const captionId = id ?? generated;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
