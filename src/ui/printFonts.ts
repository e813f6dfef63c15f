import { useEffect, useState, type RefObject } from 'react';

/** The bundled families in the order of the app's font stack (see styles/app.css). */
const FAMILIES = ['Fira Sans', 'Noto Sans Arabic', 'Noto Sans Ethiopic'];

/**
 * Loads the bundled fonts a document's text needs and reports when they are there. A browser
 * downloads a face only once text using it is laid out, and printing does not wait for that:
 * without this, a first print in Tigrinya or Arabic shows empty boxes. Offline the files come
 * from the service worker's precache; a failed load still ends in "ready" (the print then
 * shows whatever the browser has, which the printed-PDF tests would catch).
 */
export function usePrintFonts(ref: RefObject<HTMLElement | null>, key: string): boolean {
  const [ready, setReady] = useState<string>();
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    let active = true;
    // No font loading API (e.g. jsdom): nothing to wait for.
    if (typeof document.fonts === 'undefined') {
      void Promise.resolve().then(() => {
        if (active) setReady(key);
      });
      return () => {
        active = false;
      };
    }
    const loads = FAMILIES.flatMap((family) =>
      ['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${family}"`, text)),
    );
    void Promise.allSettled(loads)
      .then(() => document.fonts.ready)
      .then(() => {
        if (active) setReady(key);
      });
    return () => {
      active = false;
    };
  }, [ref, key]);
  return ready === key;
}

/** Prints once the fonts of the page are loaded (the button may be pressed at once). */
export async function printWhenFontsReady(): Promise<void> {
  if (typeof document.fonts !== 'undefined') await document.fonts.ready;
  window.print();
}

/**
 * Puts words for a printed page's margin boxes (page header, "Seite 1 von 2") into CSS custom
 * properties on the root element while the document is shown: @page rules cannot read React
 * state, only `var(--name)`. Each value is set as a CSS string.
 */
export function usePageBoxWords(words: Readonly<Record<string, string>>): void {
  const key = JSON.stringify(words);
  useEffect(() => {
    const entries = Object.entries(JSON.parse(key) as Record<string, string>);
    const root = document.documentElement.style;
    for (const [name, value] of entries) root.setProperty(`--${name}`, JSON.stringify(value));
    return () => {
      for (const [name] of entries) root.removeProperty(`--${name}`);
    };
  }, [key]);
}
