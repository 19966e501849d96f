import { z } from '@/domain/zod';
import type { Catalog } from '@/domain/contract';

/** Printable: no control, format, unassigned or private-use characters, no line breaks. */
const PRINTABLE = /^[^\p{C}\u2028\u2029]*$/u;
/** Length in characters as a customer counts them (code points, so 😀 is one). */
const length = (text: string) => [...text].length;

export type TagMessages = {
  keyLength: string;
  keyPrintable: string;
  keyUnique: string;
  valueLength: string;
  valuePrintable: string;
  tooMany: string;
};

/**
 * R12 as hints before the API is asked: up to `maxTags` tags, key 1–`tagKeyMax` characters,
 * value 0–`tagValueMax`, printable only, keys unique. The limits come from GET /catalog; the API
 * still checks every tag, and its refusal (`tags.3.key`) is shown beside the same field.
 */
export function tagsFormSchema(limits: Catalog['limits'], messages: TagMessages) {
  const key = z.string().check(
    z.superRefine((value, ctx) => {
      if (length(value) < 1 || length(value) > limits.tagKeyMax)
        ctx.addIssue({ code: 'custom', message: messages.keyLength });
      else if (!PRINTABLE.test(value))
        ctx.addIssue({ code: 'custom', message: messages.keyPrintable });
    }),
  );
  const value = z.string().check(
    z.superRefine((text, ctx) => {
      if (length(text) > limits.tagValueMax)
        ctx.addIssue({ code: 'custom', message: messages.valueLength });
      else if (!PRINTABLE.test(text))
        ctx.addIssue({ code: 'custom', message: messages.valuePrintable });
    }),
  );
  return z.object({
    tags: z.array(z.object({ key, value })).check(
      z.maxLength(limits.maxTags, messages.tooMany),
      z.superRefine((tags, ctx) => {
        const seen = new Set<string>();
        tags.forEach((tag, index) => {
          if (tag.key !== '' && seen.has(tag.key))
            ctx.addIssue({ code: 'custom', message: messages.keyUnique, path: [index, 'key'] });
          seen.add(tag.key);
        });
      }),
    ),
  });
}

export type TagsFormValues = z.infer<ReturnType<typeof tagsFormSchema>>;
