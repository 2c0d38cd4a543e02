import { appError } from '../../errors/app-error';
import { isPlainText } from '../../input/text-rules';
import type { CustomerAttributes } from './customer.entity';

export const MAX_ATTRIBUTES = 30;
export const MAX_ATTRIBUTE_KEY_LENGTH = 40;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 500;

/** Refusals name the input field, `attributes`, and the attribute's key, so a form marks that row. */
const badAttribute = (message: string, key?: string) =>
  appError('BAD_USER_INPUT', message, { field: 'attributes', ...(key === undefined ? {} : { key }) });

const length = (text: string) => [...text].length;

/**
 * `changes` applied to `current`: each key (trimmed) gets its value (trimmed); an empty value or
 * null removes the key; keys left out stay. Refused whole, before anything is stored, when a key
 * or value breaks a rule or the result holds more than MAX_ATTRIBUTES keys.
 */
export function changedAttributes(current: CustomerAttributes, changes: Record<string, unknown>): CustomerAttributes {
  // A Map, since a key such as "__proto__" must stay a key like any other.
  const result = new Map(Object.entries(current));
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of Object.entries(changes)) {
    const key = attributeKey(rawKey);
    if (seen.has(key)) throw badAttribute(`The attribute "${key}" is given twice.`, key);
    seen.add(key);
    const value = attributeValue(key, rawValue);
    if (value === null) result.delete(key);
    else result.set(key, value);
  }
  if (result.size > MAX_ATTRIBUTES) throw badAttribute(`A visitor may have at most ${MAX_ATTRIBUTES} attributes.`);
  return Object.fromEntries(result);
}

function attributeKey(rawKey: string): string {
  const key = rawKey.trim();
  if (!isPlainText(key)) throw badAttribute('An attribute name contains characters that cannot be stored.', key);
  if (!key) throw badAttribute('Every attribute needs a name.', key);
  if (length(key) > MAX_ATTRIBUTE_KEY_LENGTH) {
    throw badAttribute(`An attribute name may be at most ${MAX_ATTRIBUTE_KEY_LENGTH} characters.`, key);
  }
  return key;
}

/** The value to store, or null to remove the key. */
function attributeValue(key: string, rawValue: unknown): string | null {
  if (rawValue === null) return null;
  if (typeof rawValue !== 'string') throw badAttribute(`The value of "${key}" must be text.`, key);
  const value = rawValue.trim();
  if (!isPlainText(value)) throw badAttribute(`The value of "${key}" contains characters that cannot be stored.`, key);
  if (length(value) > MAX_ATTRIBUTE_VALUE_LENGTH) {
    throw badAttribute(`The value of "${key}" may be at most ${MAX_ATTRIBUTE_VALUE_LENGTH} characters.`, key);
  }
  return value || null;
}
