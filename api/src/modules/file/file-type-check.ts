import { fileTypeFromBuffer } from 'file-type';

const PLAIN_TEXT = 'text/plain';
/** file-type names the OLE container of legacy Office files; for an allow-list it is a .doc. */
const CONTAINER_ALIASES: Record<string, SniffedType> = { 'application/x-cfb': { mimeType: 'application/msword', extension: 'doc' } };
/** Other spellings a name may keep for a type; file-type gives one extension per type. */
const EXTENSION_ALIASES: Record<string, string[]> = { jpg: ['jpeg', 'jpe', 'jfif'], tif: ['tiff'], doc: ['dot'] };
const MAX_FILENAME_CHARS = 200;

export interface SniffedType {
  mimeType: string;
  /** Without the dot: `gif`, `txt`. */
  extension: string;
}
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
export async function sniffFileType(content: Buffer): Promise<SniffedType | undefined> {
  const detected = await fileTypeFromBuffer(content);
  if (detected) return CONTAINER_ALIASES[detected.mime] ?? { mimeType: detected.mime, extension: detected.ext };
  return isPlainText(content) ? { mimeType: PLAIN_TEXT, extension: 'txt' } : undefined;
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
  return [...cleaned.toWellFormed()].slice(0, MAX_FILENAME_CHARS).join('') || 'file';
}

/**
 * The name a file is stored and downloaded under: its extension follows the type its bytes have,
 * so a GIF named `x.html` is `x.gif`. Text keeps its whole name (`page.html.txt`): what it holds
 * (`.csv`, `.md`) is worth keeping, and a binary type says that itself.
 */
export function filenameForType(cleaned: string, type: SniffedType): string {
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  if (extension === type.extension || EXTENSION_ALIASES[type.extension]?.includes(extension)) return cleaned;
  const base = dot > 0 && type.mimeType !== PLAIN_TEXT ? cleaned.slice(0, dot) : cleaned;
  const suffix = `.${type.extension}`;
  return `${[...base].slice(0, MAX_FILENAME_CHARS - suffix.length).join('')}${suffix}`;
}
