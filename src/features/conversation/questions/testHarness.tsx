// Test helpers: i18n with the namespaces the questions need, and FactQuestion inside a
// component that holds its value like a react-hook-form Controller does.
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { afterEach, vi } from 'vitest';
import { initI18n } from '../../../i18n/i18n';
import type { UiLanguage } from '../../../i18n/languages';
import { FactQuestion, type FactQuestionProps } from './FactQuestion';

// Vitest runs without globals, so Testing Library cannot register its cleanup itself.
afterEach(() => {
  cleanup();
});

export async function setUpI18n(language: UiLanguage = 'de'): Promise<void> {
  if (!i18next.isInitialized) await initI18n(language);
  await i18next.changeLanguage(language);
  await i18next.loadNamespaces(['script', 'questions', 'record']);
}

type Props = Omit<FactQuestionProps, 'field' | 'value' | 'onChange' | 'onBlur'>;
type Options = Props & { value?: unknown };

export function renderQuestion(field: FactQuestionProps['field'], options: Options = {}) {
  const { value: initial, ...rest } = options;
  const onChange = vi.fn<(value: unknown) => void>();
  const onBlur = vi.fn<() => void>();
  function Harness(props: Props) {
    const [value, setValue] = useState<unknown>(initial);
    return (
      <FactQuestion
        field={field}
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
        onBlur={onBlur}
        {...props}
      />
    );
  }
  const view = render(<Harness {...rest} />);
  return {
    ...view,
    user: userEvent.setup(),
    onChange,
    onBlur,
    /** The value emitted last. */
    last: () => onChange.mock.lastCall?.[0],
    rerenderWith: (props: Props) => {
      view.rerender(<Harness {...props} />);
    },
  };
}
