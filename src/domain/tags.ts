import { LIMITS } from './catalog';
import type { Tag } from './contract';
import { ok, refuse, type Result } from './errors';

/** Printable: no control, format, unassigned or private-use characters, no line breaks. */
const PRINTABLE = /^[^\p{C}\u2028\u2029]*$/u;

/** R12: up to 20 tags; key 1–36 characters, value 0–43, printable only, keys unique. */
export function validateTags(tags: Tag[]): Result<Tag[]> {
  if (tags.length > LIMITS.maxTags) {
    return refuse('VALIDATION_FAILED', `At most ${LIMITS.maxTags} tags can be attached.`, {
      field: 'tags',
      details: { max: LIMITS.maxTags },
    });
  }
  const seen = new Set<string>();
  for (const [i, tag] of tags.entries()) {
    const keyLength = [...tag.key].length;
    const valueLength = [...tag.value].length;
    if (keyLength < 1 || keyLength > LIMITS.tagKeyMax) {
      return refuse(
        'VALIDATION_FAILED',
        `A tag key must be 1 to ${LIMITS.tagKeyMax} characters long.`,
        {
          field: `tags.${i}.key`,
          details: { rule: 'keyLength', max: LIMITS.tagKeyMax },
        },
      );
    }
    if (!PRINTABLE.test(tag.key)) {
      return refuse('VALIDATION_FAILED', 'A tag key may contain printable characters only.', {
        field: `tags.${i}.key`,
        details: { rule: 'printable' },
      });
    }
    if (valueLength > LIMITS.tagValueMax) {
      return refuse(
        'VALIDATION_FAILED',
        `A tag value can be at most ${LIMITS.tagValueMax} characters long.`,
        {
          field: `tags.${i}.value`,
          details: { rule: 'valueLength', max: LIMITS.tagValueMax },
        },
      );
    }
    if (!PRINTABLE.test(tag.value)) {
      return refuse('VALIDATION_FAILED', 'A tag value may contain printable characters only.', {
        field: `tags.${i}.value`,
        details: { rule: 'printable' },
      });
    }
    if (seen.has(tag.key)) {
      return refuse(
        'VALIDATION_FAILED',
        `The tag key "${tag.key}" is used twice; keys must be unique.`,
        {
          field: `tags.${i}.key`,
          details: { rule: 'unique' },
        },
      );
    }
    seen.add(tag.key);
  }
  return ok(tags);
}
