import type { ReactNode } from 'react';
import { useClientLanguage } from '../../app/clientLanguage';

/**
 * Wraps everything meant for the client's eyes. `lang` and `dir` follow the client's
 * language, so right-to-left scripts lay out correctly and screen readers switch voice.
 */
export function ClientRegion({ labelId, children }: { labelId: string; children: ReactNode }) {
  const { language } = useClientLanguage();
  return (
    <section
      className="client-region"
      lang={language.code}
      dir={language.dir}
      aria-labelledby={labelId}
      data-testid="client-region"
    >
      {children}
    </section>
  );
}
