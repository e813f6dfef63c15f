import { useEffect, useMemo, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { CaseFacts, FactField, IsoDate, QuestionItem } from '../../../domain';
import { FactQuestion } from '../questions';
import { factsResolver, type FactValues } from './factsResolver';

type Props = {
  questions: readonly QuestionItem[];
  facts: CaseFacts;
  asOf: IsoDate;
  /** Called with each change that passed validation (undefined = answer removed). */
  onValidChange: (field: FactField, value: unknown) => void;
};

/**
 * The fact questions of one step as a react-hook-form form validated with the domain's zod
 * schemas and plausibility rules. Only valid values leave the form (and are autosaved);
 * invalid input stays visible with its message until corrected.
 */
export function useFactQuestions({ questions, facts, asOf, onValidChange }: Props) {
  const factsRef = useRef(facts);
  useEffect(() => {
    factsRef.current = facts;
  }, [facts]);
  const defaultValues = useMemo(() => {
    const values: FactValues = {};
    for (const q of questions) values[q.field] = facts[q.field];
    return values;
    // Only on mount of the step: afterwards the form owns what the counsellor types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const resolver = useMemo(() => factsResolver(asOf, () => factsRef.current), [asOf]);
  const form = useForm<FactValues>({ defaultValues, resolver, mode: 'onChange' });
  const onValid = useRef(onValidChange);
  useEffect(() => {
    onValid.current = onValidChange;
  }, [onValidChange]);

  useEffect(() => {
    // Subscribing in an effect (not rendering with watch) is RHF's documented pattern;
    // the React Compiler just cannot memoise the form API.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = form.watch((values, { name }) => {
      if (!name) return;
      const field = name;
      void form.trigger(field).then((ok) => {
        if (ok) onValid.current(field, values[field]);
      });
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [form]);

  const renderQuestion = (q: QuestionItem) => (
    <Controller
      key={q.id}
      control={form.control}
      name={q.field}
      render={({ field, fieldState }) => (
        <FactQuestion
          field={q.field}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          required={q.required ?? false}
          hintKey={q.hintKey}
          idPrefix={`q-${q.id}`}
        />
      )}
    />
  );
  return { renderQuestion };
}
