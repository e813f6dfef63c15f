// A horizontal bar chart in plain HTML with decorative SVG bars. Why no chart library: none is
// installed, the common ones (Chart.js, Recharts) draw on canvas or as one opaque SVG and
// need extra work to be read by screen readers, and bars are all the statistics need. Here
// every label and value is real text in a list, readable and zoomable; the SVG bar only
// repeats the value visually (aria-hidden). Suppressed values get no bar and say so in text.
export type ChartBar = {
  readonly key: string;
  /** Series label shown before the bar (e.g. the quarter); empty when there is one series. */
  readonly label: string;
  readonly value: number | null;
  /** The value as text: the number, or the word for "suppressed". */
  readonly valueText: string;
};

export type ChartGroup = {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly ChartBar[];
};

export function BarChart({
  groups,
  labelledBy,
}: {
  groups: readonly ChartGroup[];
  /** id of the visible heading or caption that names the chart. */
  labelledBy: string;
}) {
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value ?? 0)));
  return (
    <ul className="bar-chart" aria-labelledby={labelledBy}>
      {groups.map((group) => (
        <li key={group.key} className="bar-chart__group">
          <span className="bar-chart__label">{group.label}</span>
          <ul className="bar-chart__bars">
            {group.bars.map((bar) => (
              <li key={bar.key} className="bar-chart__bar">
                {bar.label !== '' && <span className="bar-chart__series">{bar.label}</span>}
                <svg
                  className="bar-chart__track"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  {bar.value !== null && bar.value > 0 && (
                    <rect
                      className="bar-chart__fill"
                      x="0"
                      y="0"
                      width={(100 * bar.value) / max}
                      height="10"
                    />
                  )}
                </svg>
                <span
                  className={
                    bar.value === null
                      ? 'bar-chart__value bar-chart__value--suppressed'
                      : 'bar-chart__value'
                  }
                >
                  {bar.valueText}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
