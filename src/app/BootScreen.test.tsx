import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { BootScreen } from './BootScreen';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(cleanup);

describe('BootScreen', () => {
  it('shows the header and announces that the app is loading, in the UI language', () => {
    render(<BootScreen />);
    expect(screen.getByRole('banner')).toHaveTextContent('Perspektive');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('status')).toHaveTextContent('Wird geladen …');
  });
});
