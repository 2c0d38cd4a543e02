import { fileTypeFromBuffer } from 'file-type';

const PLAIN_TEXT = 'text/plain';
/** file-type names the OLE container of legacy Office files; for an allow-list it is a .doc. */
const CONTAINER_ALIASES: Record<string, string> = { 'application/x-cfb': 'application/msword' };
const CONTROL_CHARS_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/**
 * An HTML or SVG document (or any XML) has no magic number either, and it is valid UTF-8: it would
 * pass for text, and keep its `.html` or `.svg` name on download. Like a browser sniffing markup,
 * look at how it begins: a tag, a doctype, a comment or an XML declaration.
 */
const MARKUP_START = /^\s*<[!?a-z]/i;

/**
 * The type judged from the bytes alone. Plain text has no magic number, so it is text only when
 * it is valid UTF-8 with no control characters but whitespace, and does not open like markup.
 * Undefined when unrecognised.
 */
export async function sniffMimeType(content: Buffer): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) return CONTAINER_ALIASES[detected.mime] ?? detected.mime;
  return isPlainText(content) ? PLAIN_TEXT : undefined;
}

function isPlainText(content: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return !CONTROL_CHARS_EXCEPT_WHITESPACE.test(text) && !MARKUP_START.test(text);
}

export function isAllowedType(mimeType: string, allowed: string[]): boolean {
  return allowed.some((pattern) =>
    pattern.endsWith('/*') ? mimeType.startsWith(pattern.slice(0, -1)) : pattern === mimeType,
  );
}

/** Keeps a filename as display text only: no directories, controls, bidi overrides or quotes. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200E\u200F"]/g, '')
    .trim()
    .replace(/^\.+/, '');
  return [...cleaned.toWellFormed()].slice(0, 200).join('') || 'file';
}
