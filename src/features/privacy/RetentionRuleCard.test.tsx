import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncHttpError, type PrivacyClient } from '../../app/sync/SyncProvider';
import { initI18n } from '../../i18n/i18n';
import type { RetentionPreview } from '../../protocol';
import { RetentionRuleCard } from './RetentionRuleCard';

beforeAll(async () => {
  await initI18n('de');
  await i18next.loadNamespaces('privacy');
});
afterEach(cleanup);

const preview = (amount: number): RetentionPreview => ({
  rule: 'closed-cases',
  amount,
  asOf: '2026-12-05',
  targets: 2,
  counts: { case: 2, session: 3 },
  references: ['AZ-1', 'AZ-2'],
  token: 'f'.repeat(32),
});

function renderCard(setRule: PrivacyClient['setRule']) {
  const client = {
    preview: vi.fn((_rule: string, amount: number) => Promise.resolve(preview(amount))),
    setRule: vi.fn(setRule),
  };
  const onChanged = vi.fn();
  render(
    <ul>
      <RetentionRuleCard
        client={client as Partial<PrivacyClient> as PrivacyClient} // preview and setRule only
        rule={{ rule: 'closed-cases', enabled: false, amount: 10 }}
        confirmFirst={false}
        onChanged={onChanged}
      />
    </ul>,
  );
  return { client, onChanged, user: userEvent.setup() };
}

describe('retention rule card', () => {
  it('switches a rule on only with the preview it showed, for exactly its period', async () => {
    const { client, onChanged, user } = renderCard(() =>
      Promise.resolve({ targets: 2, counts: { case: 2 } }),
    );
    const amount = screen.getByLabelText('Frist in Jahren');
    await user.clear(amount);
    await user.type(amount, '3');
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    expect(client.preview).toHaveBeenCalledWith('closed-cases', 3);
    await screen.findByText('Diese Regel würde heute 2 Fälle bzw. Entwürfe löschen:');
    expect(screen.getByText('Gespräche: 3')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Betroffene Fälle' })).toHaveTextContent('AZ-1AZ-2');
    // Another period: the preview no longer applies and cannot be switched on.
    await user.type(amount, '0');
    expect(screen.queryByRole('button', { name: /mit dieser Vorschau/ })).toBeNull();
    await user.clear(amount);
    await user.type(amount, '3');
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await user.click(
      await screen.findByRole('button', { name: 'Regel mit dieser Vorschau einschalten' }),
    );
    expect(screen.getByRole('group', { name: /einschalten\?$/ })).toHaveTextContent(
      /sofort gelöscht/,
    );
    expect(client.setRule).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Einschalten' }));
    expect(client.setRule).toHaveBeenCalledWith('closed-cases', {
      enabled: true,
      amount: 3,
      previewToken: 'f'.repeat(32),
    });
    expect(
      await screen.findByText(
        'Die Regel ist eingeschaltet. 2 Fälle bzw. Entwürfe wurden gelöscht.',
      ),
    ).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it('says so when what the rule would delete changed since the preview', async () => {
    const { onChanged, user } = renderCard(() =>
      Promise.reject(new SyncHttpError(409, 'preview_changed', 'changed')),
    );
    await user.click(screen.getByRole('button', { name: 'Vorschau anzeigen' }));
    await user.click(
      await screen.findByRole('button', { name: 'Regel mit dieser Vorschau einschalten' }),
    );
    await user.click(screen.getByRole('button', { name: 'Einschalten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Seit der Vorschau hat sich geändert, was die Regel löschen würde\. Es wurde nichts geändert\./,
    );
    expect(onChanged).not.toHaveBeenCalled();
  });
});
