import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyClient } from '../../app/sync/SyncProvider';
import { RETENTION_RULE_DEFS, isValidAmount } from '../../domain';
import type { RetentionPreview, RetentionRuleWire } from '../../protocol';
import { Alert } from '../../ui/Alert';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { TextField } from '../../ui/TextField';
import { formatNumericDate } from '../../ui/clientFormat';
import { DeletionCounts, ReferenceList } from './DeletionCounts';
import { privacyProblem } from './problem';

type Props = {
  client: PrivacyClient;
  rule: RetentionRuleWire;
  confirmFirst: boolean;
  /** After a change on the server: the screen reloads rules, due list and log. */
  onChanged: () => void;
};

/**
 * One retention rule: its period, a preview of what it would delete today, and switching it
 * on with exactly that preview (the server refuses with 409 `preview_changed` if the set
 * changed since) or off. Online only; a failure changes nothing and says so.
 */
export function RetentionRuleCard({ client, rule, confirmFirst, onChanged }: Props) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const def = RETENTION_RULE_DEFS[rule.rule];
  const [amountText, setAmountText] = useState(String(rule.amount));
  const [preview, setPreview] = useState<RetentionPreview>();
  const [busy, setBusy] = useState<'preview' | 'switch'>();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string>();
  const [problem, setProblem] = useState<{ key: string; code: string }>();

  const amount = /^\d{1,3}$/.test(amountText.trim()) ? Number(amountText) : NaN;
  const valid = isValidAmount(rule.rule, amount);
  const unit = t(`rules.amount.${def.unit}`);
  const name = t(`rules.names.${rule.rule}`);
  // A preview counts only for the period it was made for.
  const current = preview && preview.amount === amount ? preview : undefined;

  const run = async (what: 'preview' | 'switch', action: () => Promise<void>) => {
    setBusy(what);
    setProblem(undefined);
    setResult(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(privacyProblem(error));
    } finally {
      setBusy(undefined);
    }
  };

  const showPreview = () =>
    run('preview', async () => {
      setPreview(await client.preview(rule.rule, amount));
    });

  const switchOn = (token: string, targets: number) =>
    run('switch', async () => {
      const deleted = await client.setRule(rule.rule, {
        enabled: true,
        amount,
        previewToken: token,
      });
      setConfirming(false);
      setPreview(undefined);
      setResult(
        confirmFirst && targets > 0
          ? t('rules.enabledDue')
          : deleted.targets > 0
            ? t('rules.enabledDeleted', { count: deleted.targets })
            : t('rules.enabled'),
      );
      onChanged();
    });

  const switchOff = () =>
    run('switch', async () => {
      await client.setRule(rule.rule, { enabled: false, amount: rule.amount });
      setResult(t('rules.disabled'));
      onChanged();
    });

  return (
    <li className="admin-card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="kern-heading-small admin-card__title">
        {name}
        <span className={`badge${rule.enabled ? ' badge--info' : ''}`}>
          {t('rules.status', { state: rule.enabled ? t('rules.on') : t('rules.off') })}
        </span>
      </h3>
      <p className="kern-body">{t(`rules.descriptions.${rule.rule}`)}</p>
      <TextField
        label={t(`rules.amountLabel.${def.unit}`)}
        hint={t('rules.amountRange', { min: def.min, max: def.max })}
        inputMode="numeric"
        className="privacy-amount"
        value={amountText}
        error={amountText !== '' && !valid ? t('rules.amountRange', def) : undefined}
        onChange={(e) => {
          setAmountText(e.target.value);
          setConfirming(false);
        }}
      />
      <div className="row">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          aria-disabled={busy !== undefined || !valid || undefined}
          onClick={() => {
            if (busy === undefined && valid) void showPreview();
          }}
        >
          <span className="kern-label">
            {busy === 'preview' ? t('rules.previewing') : t('rules.preview')}
          </span>
        </button>
        {rule.enabled && (
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            aria-disabled={busy !== undefined || undefined}
            onClick={() => {
              if (busy === undefined) void switchOff();
            }}
          >
            <span className="kern-label">
              {busy === 'switch' ? t('rules.working') : t('rules.disable')}
            </span>
          </button>
        )}
      </div>
      {current && (
        <section className="stack privacy-preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`} className="kern-heading-small">
            {t('rules.previewTitle', { rule: name, amount: current.amount, unit })}
          </h4>
          <p className="kern-body">
            {t('rules.previewAsOf', { date: formatNumericDate(current.asOf) })}
          </p>
          {current.targets === 0 ? (
            <p className="kern-body">{t('rules.previewNone')}</p>
          ) : (
            <>
              <p className="kern-body">{t('rules.previewTargets', { count: current.targets })}</p>
              <DeletionCounts counts={current.counts} />
              <ReferenceList label={t('rules.references')} references={current.references} />
            </>
          )}
          {!confirming && (
            <div className="row">
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                onClick={() => {
                  setConfirming(true);
                }}
              >
                <span className="kern-label">{t('rules.enable')}</span>
              </button>
            </div>
          )}
          {confirming && (
            <ConfirmPanel
              title={t('rules.confirmTitle', { rule: name })}
              confirmLabel={t('rules.confirm')}
              cancelLabel={t('rules.cancel')}
              busyLabel={t('rules.working')}
              busy={busy === 'switch'}
              problem={problem ? t(problem.key, { code: problem.code }) : undefined}
              onConfirm={() => void switchOn(current.token, current.targets)}
              onCancel={() => {
                setConfirming(false);
              }}
            >
              <p className="kern-body">
                {confirmFirst
                  ? t('rules.confirmLater', { count: current.targets })
                  : t('rules.confirmNow', { count: current.targets })}
              </p>
            </ConfirmPanel>
          )}
        </section>
      )}
      {result && <Alert tone="success" live="status" title={result} />}
      {problem && !confirming && (
        <Alert tone="danger" live="alert" title={t(problem.key, { code: problem.code })} />
      )}
    </li>
  );
}
