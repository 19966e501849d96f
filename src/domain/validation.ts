import type { z } from './zod';
import { domainError, type DomainError } from './errors';

const path = (p: PropertyKey[]): string => p.map(String).join('.');

function valueAt(input: unknown, p: PropertyKey[]): unknown {
  let v = input;
  for (const k of p) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(issue: z.core.$ZodIssue, input: unknown): { field: string; message: string } {
  const field = path(issue.path);
  const name = field || 'the request';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const f = field ? `${field}.${key}` : key;
      return { field: f, message: `"${f}" is not a field this request accepts.` };
    }
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined)
        return { field, message: `"${name}" is required.` };
      if (issue.expected === 'int') return { field, message: `"${name}" must be a whole number.` };
      return {
        field,
        message: `"${name}" must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}.`,
      };
    case 'invalid_value':
      return {
        field,
        message: `"${name}" must be one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_union':
      return { field, message: `"${name}" is not valid here.` };
    case 'too_small':
    case 'too_big':
      return { field, message: `"${name}": ${issue.message}.` };
    default:
      return { field, message: `"${name}": ${issue.message}.` };
  }
}

/** A schema failure as the API's 422 VALIDATION_FAILED, naming the first field at fault. */
export function validationError(error: z.core.$ZodError, input: unknown): DomainError {
  const first = error.issues[0];
  if (!first) return domainError('VALIDATION_FAILED', 'The request is not valid.');
  const { field, message } = describe(first, input);
  return domainError('VALIDATION_FAILED', message, {
    ...(field ? { field } : {}),
    details: {
      issues: error.issues.map((i) => ({ path: path(i.path), code: i.code, message: i.message })),
    },
  });
}
