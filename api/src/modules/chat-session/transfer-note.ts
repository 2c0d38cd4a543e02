import { badInput } from '../../errors/app-error';
import { messageText } from '../../input/text-rules';

export const MAX_TRANSFER_NOTE_LENGTH = 1000;

/** The note handed on with a chat, trimmed; null for none (or only spaces). */
export function transferNote(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const text = messageText(value, 'note');
  if ([...text].length > MAX_TRANSFER_NOTE_LENGTH) {
    throw badInput(`The note is longer than ${MAX_TRANSFER_NOTE_LENGTH} characters.`, 'note');
  }
  return text;
}
