import { Fragment, type ReactNode } from 'react';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };

/** The text the server escaped, back as it was written (`&amp;lt;` stays `&lt;`). */
function unescapeHtml(text: string): string {
  return text.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!);
}

export interface MarkedPart {
  text: string;
  marked: boolean;
}

/**
 * The search highlight (escaped text with `<mark>` around the matches) as plain parts. Only the
 * marks are read as markup; anything else that looks like HTML is text.
 */
export function markedParts(highlight: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  for (const piece of highlight.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}

/** The highlight as React text nodes and <mark> elements, never as HTML. */
export function MarkedText({ highlight }: { highlight: string }): ReactNode {
  return markedParts(highlight).map((part, index) =>
    part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
  );
}
