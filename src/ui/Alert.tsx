import type { ReactNode } from 'react';

type Props = {
  tone: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children?: ReactNode;
  /** 'status' is announced politely; 'alert' interrupts. Omit for static notices. */
  live?: 'status' | 'alert';
};

export function Alert({ tone, title, children, live }: Props) {
  return (
    <div className={`kern-alert kern-alert--${tone}`} role={live}>
      <div className="kern-alert__header">
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
