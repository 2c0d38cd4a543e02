import type { Strings } from './strings';

export interface PrechatValues {
  name: string;
  email: string;
  phone: string;
  /** The chosen topic's teamId; empty when none is chosen (or none is offered). */
  topic: string;
}

export type PrechatField = keyof PrechatValues;
export type FieldErrors = Partial<Record<PrechatField, string>>;

const MAX_NAME_LENGTH = 100;
// The same shape the API accepts, so the visitor hears about a typo before a round trip.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ().-]*$/;

/** `topicIds` are the topics on offer: with any, choosing one of them is required. */
export function validatePrechat(values: PrechatValues, t: Strings, topicIds: string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t.nameRequired;
  else if ([...name].length > MAX_NAME_LENGTH) errors.name = t.nameTooLong;
  const email = values.email.trim();
  if (email && (email.length > 254 || !EMAIL.test(email))) errors.email = t.emailInvalid;
  const phone = values.phone.trim();
  const digits = phone.replace(/\D/g, '').length;
  if (phone && (!PHONE.test(phone) || digits < 6 || digits > 15 || phone.length > 32)) errors.phone = t.phoneInvalid;
  if (topicIds.length && !topicIds.includes(values.topic)) errors.topic = t.topicRequired;
  return errors;
}

/**
 * The server's BAD_USER_INPUT names the field; its message is English. Indonesian visitors get
 * our own words for that field, English ones the server's more specific sentence.
 */
export function serverFieldError(field: string | undefined, message: string, t: Strings, english: boolean): FieldErrors | null {
  if (field !== 'name' && field !== 'email' && field !== 'phone') return null;
  if (english) return { [field]: message };
  const ours: Record<typeof field, string> = { name: t.nameInvalid, email: t.emailInvalid, phone: t.phoneInvalid };
  return { [field]: ours[field] };
}
