// The case list (start screen) with the data set stored: mounts the real CasesPage as the app
// does (i18n, ClientLanguageProvider, Suspense for the lazily loaded locale namespaces) and
// times until its rows are on screen; then types into its search box.
import { createElement, StrictMode, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ClientLanguageProvider } from '../../../src/app/clientLanguage';
import { CasesPage } from '../../../src/features/cases/CasesPage';
import { forceLayout, nextFrame, typeInto, whenDom } from './dom';

export type Mounted = {
  root: Root;
  /** Timed from before createRoot: all rows in the DOM (React committed; before layout). */
  inDomMs: number;
  /** …then layout forced and the next frame produced (what the check uses). */
  shownMs: number;
};

function caseList(container: HTMLElement): HTMLUListElement | null {
  return container.querySelector<HTMLUListElement>('ul.case-list');
}

export function rowCount(container: HTMLElement): number {
  return caseList(container)?.childElementCount ?? 0;
}

/**
 * Mounts the page into `container` and resolves once `rows` cases are listed. StrictMode as in
 * src/app/main.tsx (no effect in a production build). Without Shell, SyncProvider and
 * VaultGate: the vault is unlocked before, and the chrome is not what is measured.
 */
export async function mountCasesPage(container: HTMLElement, rows: number): Promise<Mounted> {
  const start = performance.now();
  const root = createRoot(container);
  const listed = whenDom(container, () => rowCount(container) === rows);
  root.render(
    createElement(
      StrictMode,
      null,
      createElement(
        ClientLanguageProvider,
        null,
        createElement(Suspense, { fallback: null }, createElement(CasesPage)),
      ),
    ),
  );
  const inDom = await listed;
  forceLayout(container);
  const shown = await nextFrame();
  return { root, inDomMs: inDom - start, shownMs: shown - start };
}

function shownNames(container: HTMLElement): Set<string> {
  return new Set([...container.querySelectorAll('.case-card__name')].map((a) => a.textContent));
}

function showsExactly(container: HTMLElement, names: readonly string[]): boolean {
  const shown = shownNames(container);
  return shown.size === names.length && names.every((name) => shown.has(name));
}

/** The rows shown are the expected cases (checked outside the timing). */
export function expectNames(container: HTMLElement, names: readonly string[]): void {
  const shown = shownNames(container);
  const missing = names.filter((name) => !shown.has(name));
  if (shown.size !== names.length || missing.length > 0) {
    throw new Error(
      `Case list shows ${String(shown.size)} names, expected ${String(names.length)}; missing e.g. ${missing[0] ?? '-'}`,
    );
  }
}

export type SearchTiming = { inDomMs: number; shownMs: number };

/**
 * One search: sets the whole query in one input event (as pasting, or the last keystroke
 * of a typed word) and times until exactly the cases `names` are listed (and laid out, next
 * frame). Names, not a row count: the list shows a page of rows before and after.
 */
export async function search(
  container: HTMLElement,
  query: string,
  names: readonly string[],
): Promise<SearchTiming> {
  const input = container.querySelector<HTMLInputElement>('#case-search');
  if (!input) throw new Error('The case list has no search box (#case-search).');
  const start = performance.now();
  const listed = whenDom(container, () => showsExactly(container, names));
  typeInto(input, query);
  const inDom = await listed;
  forceLayout(container);
  const shown = await nextFrame();
  return { inDomMs: inDom - start, shownMs: shown - start };
}
