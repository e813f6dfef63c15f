import { useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
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
            // flushSync: the new rows are in the DOM when this returns, so focus moves in the
            // same task. (An effect on `shown` missed the move once under load, leaving focus
            // on the body after this button disappeared.)
            flushSync(onMore);
            list.current?.children.item(shown)?.querySelector<HTMLElement>('a')?.focus();
          }}
        >
          <span className="kern-label">{t('list.more', { count: next })}</span>
        </button>
      )}
    </>
  );
}
