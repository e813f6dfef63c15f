import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  carryOver,
  consentChanges,
  ConsentChoicesSchema,
  type ConsentChoices,
  type ConsentRevocation,
  type PreviousVersion,
  type SignedConsent,
} from '../../../domain';
import { useUnsavedInputGuard } from '../../../app/unsavedInput';
import { localIsoDateTime } from '../../../storage/localTime';
import { useConsentActions } from '../../../storage/hooks/useConsents';
import { ChoicesStep } from './ChoicesStep';
import {
  consentResolver,
  initialValues,
  toChoices,
  type ConsentContext,
  type ConsentFormValues,
} from './formModel';
import { SignStep, type SignInput } from './SignStep';
import { TextStep } from './TextStep';
import type { ConsentText } from '../useConsentText';

/** New recipient ids: random, so the same recipient keeps its id across versions. */
const newId = () => globalThis.crypto.randomUUID();

type Props = {
  ctx: ConsentContext;
  personName: string;
  clientLanguage: string;
  minor: boolean;
  previous: SignedConsent | undefined;
  /** The revocations of `previous`: a revoked recipient is never carried into a new version. */
  revocations: readonly ConsentRevocation[];
  defaults: { place: string; counsellor: string };
  onSigned: (id: string) => void;
};

type Step =
  | { name: 'choices' }
  | { name: 'text'; choices: ConsentChoices; changes: PreviousVersion | undefined }
  | {
      name: 'sign';
      choices: ConsentChoices;
      changes: PreviousVersion | undefined;
      text: Extract<ConsentText, { kind: 'ready' }>;
    };

/**
 * The three steps of taking a consent: choices → text read out (both languages) → signature.
 * Nothing is stored before the last step; then record, text, signature and hash are written
 * in one transaction. Leaving with input asks first (unsaved-input guard).
 */
export function ConsentBuilder({
  ctx,
  personName,
  clientLanguage,
  minor,
  previous,
  revocations,
  defaults,
  onSigned,
}: Props) {
  const { t } = useTranslation('consents');
  const actions = useConsentActions();
  // Fixed when the form opens: what the new version may take over from the old one.
  const carried = useMemo(
    () => (previous ? carryOver(previous, revocations, ctx.validFrom) : undefined),
    [previous, revocations, ctx.validFrom],
  );
  const initial = useMemo(
    () =>
      initialValues({
        newId,
        personName,
        clientLanguage,
        minor,
        ...(previous && carried ? { previous: { consent: previous, carried } } : {}),
      }),
    [personName, clientLanguage, minor, previous, carried],
  );
  const form = useForm<ConsentFormValues>({
    resolver: consentResolver(ctx),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const [step, setStep] = useState<Step>({ name: 'choices' });
  const [saved, setSaved] = useState(false);
  useUnsavedInputGuard(
    'consent-builder',
    !saved && (form.formState.isDirty || step.name !== 'choices'),
  );

  const sign = async (input: SignInput) => {
    if (step.name !== 'sign') return;
    const stored = await actions.sign({
      ...step.choices,
      renderedText: { de: step.text.de, client: step.text.client },
      signature: input.signature,
      signedAt: localIsoDateTime(new Date()),
      ...(input.signedPlace ? { signedPlace: input.signedPlace } : {}),
      recordedBy: input.recordedBy,
    });
    setSaved(true);
    onSigned(stored.id);
  };

  const steps = ['choices', 'text', 'sign'] as const;
  return (
    <div className="stack">
      <p className="kern-body consent-steps" aria-live="polite">
        {t('builder.step', {
          n: steps.indexOf(step.name) + 1,
          of: steps.length,
          name: t(`builder.steps.${step.name}`),
        })}
      </p>
      {step.name === 'choices' && (
        <ChoicesStep
          form={form}
          kind={ctx.kind}
          newId={newId}
          carried={previous && carried ? { version: previous.version, ...carried } : undefined}
          onNext={() => {
            const choices = ConsentChoicesSchema.parse(toChoices(form.getValues(), ctx));
            const changes = previous && {
              version: previous.version,
              signedOn: previous.signedAt.slice(0, 10),
              changes: consentChanges(previous, revocations, choices),
            };
            setStep({ name: 'text', choices, changes });
          }}
        />
      )}
      {step.name === 'text' && (
        <TextStep
          choices={step.choices}
          previous={step.changes}
          onBack={() => {
            setStep({ name: 'choices' });
          }}
          onNext={(text) => {
            setStep({ name: 'sign', choices: step.choices, changes: step.changes, text });
          }}
        />
      )}
      {step.name === 'sign' && (
        <SignStep
          choices={step.choices}
          text={step.text}
          defaults={defaults}
          onBack={() => {
            setStep({ name: 'text', choices: step.choices, changes: step.changes });
          }}
          onSign={sign}
        />
      )}
    </div>
  );
}
