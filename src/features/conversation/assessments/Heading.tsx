import type { ReactNode } from 'react';

/** Heading levels a panel may start at; its nested headings go at most two levels deeper. */
export type HeadingLevel = 2 | 3 | 4;
type AnyLevel = 2 | 3 | 4 | 5 | 6;

type Props = { level: number; id?: string; className?: string; children: ReactNode };

/** A heading whose level is decided by where the panel sits in the page outline. */
export function Heading({ level, id, className, children }: Props) {
  const Tag = `h${Math.min(6, Math.max(2, level)) as AnyLevel}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
