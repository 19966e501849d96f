import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { isLeavingForSignIn } from '@/lib/auth';
import { clearDraft, readDraft, writeDraft } from '@/lib/wizard-draft';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * The inputs of a purchase as one form (@mantine/form, controlled): its values are the order's
 * own fields; with `schema` (the contract's zod schema for them, a Standard Schema through
 * `schemaResolver`) `form.isValid()` says when they make an order the API can price. The rules
 * are the API's: its refusal is shown beside the field it names.
 *
 * `draft`: the wizard's key (route and subscription); its values start from the draft kept
 * under it, if any (`useWizardDraft` keeps them there).
 */
export function useOrderForm<Values extends Record<string, unknown>>(
  initialValues: Values,
  schema?: Schema,
  draft?: string,
) {
  return useForm<Values>({
    mode: 'controlled',
    initialValues: useDraftValues(draft, initialValues),
    validate: schema ? schemaResolver(schema, { sync: true }) : undefined,
  });
}

/** A form's first values: the draft kept under `key`, if any and of the form's shape, else `initialValues`. */
export function useDraftValues<Values extends Record<string, unknown>>(
  key: string | undefined,
  initialValues: Values,
): Values {
  const [values] = useState(
    () => (key ? restoredDraft(key, initialValues)?.values : undefined) ?? initialValues,
  );
  return values;
}

type Draft<Values> = { values: Values; step: number };

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
/** A number field may be empty ('') while typed in. */
const sameKind = (a: unknown, b: unknown) =>
  kind(a) === kind(b) ||
  (a === '' && typeof b === 'number') ||
  (b === '' && typeof a === 'number') ||
  // a choice not made yet (an edition: a purchase request's Increase Quota names none)
  (a === null && typeof b === 'string');

/**
 * The draft under `key` if it has the form's fields, each of the same kind as in `like` (a
 * draft of another build, or tampered with, is ignored: the wizard starts afresh).
 */
function restoredDraft<Values extends Record<string, unknown>>(
  key: string,
  like: Values,
): Draft<Values> | undefined {
  const stored = readDraft(key);
  if (!stored || typeof stored !== 'object') return undefined;
  const { values, step } = stored as Partial<Draft<Record<string, unknown>>>;
  if (!values || typeof values !== 'object' || !Number.isInteger(step)) return undefined;
  const fits = Object.keys(like).every(
    (name) => name in values && sameKind(values[name], like[name]),
  );
  return fits ? { values: values as Values, step: step as number } : undefined;
}

/**
 * A wizard's step, kept with its form's values under `key` (sessionStorage, this tab): a
 * session that ends mid-wizard comes back, after signing in, to the same step with the same
 * choices. The draft goes once the order is placed (`done`) or the wizard is left on purpose
 * (it unmounts other than on the way to the sign-in page).
 */
export function useWizardDraft(
  key: string,
  values: Record<string, unknown>,
  options: { steps: number; done: boolean },
) {
  const [step, setStep] = useState(() => {
    const stored = readDraft(key) as Partial<Draft<unknown>> | undefined;
    const saved = stored?.step;
    return Number.isInteger(saved) && (saved as number) >= 0 && (saved as number) < options.steps
      ? (saved as number)
      : 0;
  });
  useKeptDraft(key, values, options.done, step);
  return [step, setStep] as const;
}

/**
 * Keeps `values` (and the wizard's `step`) under `key` while the form is open, so that it comes
 * back after signing in; gone once `done`, or when the form is left on purpose (it unmounts
 * other than on the way to the sign-in page, lib/auth.ts). `values` must keep its identity
 * while unchanged (a form's values do).
 */
export function useKeptDraft(key: string, values: object, done: boolean, step = 0) {
  useEffect(() => {
    if (done) clearDraft(key);
    else writeDraft(key, { values, step });
  }, [key, values, step, done]);

  useEffect(
    () => () => {
      if (!isLeavingForSignIn()) clearDraft(key);
    },
    [key],
  );
}
