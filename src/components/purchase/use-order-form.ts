import { schemaResolver, useForm } from '@mantine/form';

type Schema = Parameters<typeof schemaResolver>[0];

/**
 * The inputs of a purchase as one form (@mantine/form, controlled): its values are the order's
 * own fields; with `schema` (the contract's zod schema for them, a Standard Schema through
 * `schemaResolver`) `form.isValid()` says when they make an order the API can price. The rules
 * are the API's: its refusal is shown beside the field it names.
 */
export function useOrderForm<Values extends Record<string, unknown>>(
  initialValues: Values,
  schema?: Schema,
) {
  return useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: schema ? schemaResolver(schema, { sync: true }) : undefined,
  });
}
