import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Rows added per "show more" (and shown at first). */
export const PAGE_SIZE = 50;

type Props = { total: number; shown: number; onMore: () => void; children: ReactNode };

/**
 * The case rows and, while some are hidden, a button that shows the next PAGE_SIZE. After it
 * is pressed, focus moves to the first newly shown case, so keyboard and screen-reader users
 * continue where the list grew instead of starting over at the button (WCAG 2.4.3).
 */
export function CaseListPager({ total, shown, onMore, children }: Props) {
  const { t } = useTranslation('cases');
  const list = useRef<HTMLUListElement>(null);
  const focusRow = useRef<number | undefined>(undefined);

  useEffect(() => {
    const index = focusRow.current;
    if (index === undefined) return;
    focusRow.current = undefined;
    list.current?.children.item(index)?.querySelector<HTMLElement>('a')?.focus();
  }, [shown]);

  const next = Math.min(PAGE_SIZE, total - shown);
  return (
    <>
      <ul className="case-list" ref={list}>
        {children}
      </ul>
      {next > 0 && (
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            focusRow.current = shown;
            onMore();
          }}
        >
          <span className="kern-label">{t('list.more', { count: next })}</span>
        </button>
      )}
    </>
  );
}
