import { badInput } from '../errors/app-error';

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_NAME_LENGTH = 100;
const MAX_EMAIL_LENGTH = 254;
const MAX_CLIENT_MESSAGE_ID_LENGTH = 100;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const CONTROL_CHARS_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]*$/;

/** Lone surrogates cannot be stored as UTF-8 by PostgreSQL. */
const isWellFormed = (value: string) => value.isWellFormed();

/** Text PostgreSQL can store, without control characters other than whitespace. */
export const isPlainText = (value: string) => isWellFormed(value) && !CONTROL_CHARS_EXCEPT_WHITESPACE.test(value);

function rejectUnstorable(value: string, field: string, label: string): void {
  if (value.includes('\u0000') || !isWellFormed(value)) {
    throw badInput(`${label} contains characters that cannot be stored.`, field);
  }
}

export function messageText(value: string, field = 'text'): string {
  rejectUnstorable(value, field, 'The message');
  if (CONTROL_CHARS_EXCEPT_WHITESPACE.test(value)) throw badInput('The message contains control characters.', field);
  const text = value.trim();
  // Zero-width spaces, joiners, a BOM or bidi controls alone would show as an empty bubble.
  if (!text || !VISIBLE.test(text)) throw badInput('The message is empty.', field);
  if ([...text].length > MAX_MESSAGE_LENGTH) {
    throw badInput(`The message is longer than ${MAX_MESSAGE_LENGTH} characters.`, field);
  }
  return text;
}

export function personName(value: string, field = 'name', maxLength = MAX_NAME_LENGTH): string {
  rejectUnstorable(value, field, 'The name');
  if (CONTROL_CHARS_EXCEPT_WHITESPACE.test(value)) throw badInput('The name contains control characters.', field);
  const name = value.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  if (!name || !VISIBLE.test(name)) throw badInput('Please enter a name.', field);
  if ([...name].length > maxLength) throw badInput(`The name is longer than ${maxLength} characters.`, field);
  return name;
}

export function emailAddress(value: string, field = 'email'): string {
  const email = value.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email) || !isWellFormed(email)) {
    throw badInput('Please enter a valid email address, like nama@contoh.id.', field);
  }
  return email;
}

export function optionalEmail(value: string | null | undefined, field = 'email'): string | null {
  return value == null || value.trim() === '' ? null : emailAddress(value, field);
}

export function optionalPhone(value: string | null | undefined, field = 'phone'): string | null {
  if (value == null || value.trim() === '') return null;
  const phone = value.trim();
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE.test(phone) || digits < 6 || digits > 15 || phone.length > 32) {
    throw badInput('Please enter a valid phone number, like +62 812 3456 7890.', field);
  }
  return phone;
}

export function clientMessageId(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!value || value.length > MAX_CLIENT_MESSAGE_ID_LENGTH || !/^[\x21-\x7E]+$/.test(value)) {
    throw badInput(
      `clientMessageId must be 1 to ${MAX_CLIENT_MESSAGE_ID_LENGTH} printable ASCII characters.`,
      'clientMessageId',
    );
  }
  return value;
}

/** Escapes LIKE wildcards so search text is matched literally. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not even well-formed cannot exist; checking first keeps them away from SQL casts. */
export const isUuid = (value: string) => UUID.test(value);

/** A message id: a positive bigint. */
export const isMessageId = (value: string) => /^[1-9][0-9]{0,17}$/.test(value);
