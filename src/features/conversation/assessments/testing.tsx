// Test helpers for the assessment panels (not part of the app bundle).
import { Suspense } from 'react';
import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { namespaceOf } from '../../../domain';
import { PERSONAS } from '../../../domain/personas.fixtures';
import type { Persona } from '../../../domain/personas.fixtures';

export function persona(id: string): Persona {
  const found = PERSONAS.find((p) => p.id === id);
  if (!found) throw new Error(`No persona ${id}`);
  return found;
}

/** Renders inside Suspense and waits until the locale files have loaded. */
export async function renderPanel(ui: ReactElement, testId: string) {
  const result = render(<Suspense fallback={null}>{ui}</Suspense>);
  const panel = await screen.findByTestId(testId, {}, { timeout: 5000 });
  return { ...result, panel };
}

/** A domain or panel text in the current language (for expectations built from the engine). */
export function tr(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, { ns: namespaceOf(key) ?? 'assessments', ...options });
}
