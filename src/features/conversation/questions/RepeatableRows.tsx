import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<R> = {
  id: string;
  rows: readonly R[];
  onChange: (rows: R[]) => void;
  newRow: () => R;
  /** Legend of row `index` (0-based), e.g. "Zeitraum 1". */
  rowLegend: (index: number) => string;
  addLabel: string;
  renderRow: (row: R, update: (row: R) => void, rowId: string) => ReactNode;
};

/**
 * A list of rows, each its own <fieldset>, with "add" and per-row "remove" buttons. A new
 * row gets focus; after a removal focus returns to the "add" button.
 */
export function RepeatableRows<R>(props: Props<R>) {
  const { id, rows, onChange, newRow, rowLegend, addLabel, renderRow } = props;
  const { t } = useTranslation('questions');
  const addButton = useRef<HTMLButtonElement>(null);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    document
      .getElementById(`${id}-row-${focusRow.current}`)
      ?.querySelector<HTMLElement>('select, input')
      ?.focus();
    focusRow.current = null;
  });

  return (
    <div className="kern-fieldset__body">
      {rows.length === 0 && <p className="kern-body">{t('questions.rows.empty')}</p>}
      {rows.map((row, index) => {
        const rowId = `${id}-row-${index}`;
        const legend = rowLegend(index);
        return (
          // Rows have no identity of their own (index keys); after a removal the inputs
          // re-sync from their new values (useDraftText).
          <fieldset key={index} id={rowId} className="kern-fieldset">
            <legend className="kern-label">{legend}</legend>
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              {renderRow(
                row,
                (next) => {
                  onChange(rows.map((r, i) => (i === index ? next : r)));
                },
                rowId,
              )}
            </div>
            <div className="row">
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                aria-label={t('questions.rows.removeNamed', { row: legend })}
                onClick={() => {
                  addButton.current?.focus();
                  onChange(rows.filter((_, i) => i !== index));
                }}
              >
                <span className="kern-label">{t('questions.rows.remove')}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="row">
        <button
          ref={addButton}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            focusRow.current = rows.length;
            onChange([...rows, newRow()]);
          }}
        >
          <span className="kern-label">{addLabel}</span>
        </button>
      </div>
    </div>
  );
}
