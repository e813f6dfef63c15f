import { StatusIcon } from './StatusIcon';
import type { IconShape } from './StatusIcon';

export type Tone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

export type StatusLook = { readonly tone: Tone; readonly icon: IconShape };

type Props = StatusLook & { label: string };

/** KERN badge with an icon shape and the status in words (never colour alone). */
export function StatusBadge({ tone, icon, label }: Props) {
  const toneClass = tone === 'neutral' ? 'assessment-badge--neutral' : `kern-badge--${tone}`;
  return (
    <span className={`kern-badge ${toneClass} assessment-badge`} data-tone={tone}>
      <StatusIcon shape={icon} />
      <span className="kern-label">{label}</span>
    </span>
  );
}
