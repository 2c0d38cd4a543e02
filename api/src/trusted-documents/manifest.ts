import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import type { Logger } from 'pino';
import { parseOptions } from '../http/query-limits';

/** Where codegen writes the clients' manifests, relative to the repository (api/src or api/dist are two levels down). */
const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');
export const DEFAULT_MANIFESTS = ['admin/src/gql/persisted-documents.json', 'widget/src/gql/persisted-documents.json'].map((file) =>
  path.join(REPOSITORY_ROOT, file),
);

/** The operations the console and the widget were built with: read once at start, never written to. */
export interface TrustedManifest {
  /** By the hex sha256 of the text (what APQ's `sha256Hash` carries). */
  readonly byHash: ReadonlyMap<string, string>;
  /** The registered texts as written and in their canonical print (judgeDocument), for a client that sends the text. */
  readonly texts: ReadonlySet<string>;
  readonly files: readonly string[];
}

export class ManifestError extends Error {}

/**
 * TRUSTED_DOCUMENTS_MANIFESTS, or the files codegen writes in this repository. With the mode `off`
 * a missing default file is only a warning (an API deployed without the clients' sources still
 * runs); once documents are enforced, the API does not start without them.
 */
export function loadClientManifests(
  settings: { mode: 'off' | 'customers' | 'all'; manifests?: string[] },
  logger: Pick<Logger, 'warn'>,
): TrustedManifest {
  if (settings.manifests) return loadTrustedManifest(settings.manifests);
  const present = DEFAULT_MANIFESTS.filter((file) => existsSync(file));
  if (present.length < DEFAULT_MANIFESTS.length && settings.mode === 'off') {
    logger.warn({ missing: DEFAULT_MANIFESTS.filter((file) => !present.includes(file)) }, 'trusted documents manifests not found; their hashes will not resolve');
    return loadTrustedManifest(present);
  }
  return loadTrustedManifest(DEFAULT_MANIFESTS);
}

/**
 * Reads codegen's `persisted-documents.json` files (`{ "sha256:<hex>": "<document>" }`). A hash that
 * does not match its text is refused here, so a tampered manifest cannot map a hash to other text.
 */
export function loadTrustedManifest(files: readonly string[]): TrustedManifest {
  const byHash = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) throw new ManifestError(`The trusted documents manifest ${file} does not exist (run npm run codegen, or set TRUSTED_DOCUMENTS_MANIFESTS).`);
    let entries: Record<string, unknown>;
    try {
      entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ManifestError(`The trusted documents manifest ${file} is not JSON: ${(error as Error).message}`);
    }
    for (const [key, text] of Object.entries(entries)) {
      const hash = hexHash(key);
      if (typeof text !== 'string' || !hash || sha256(text) !== hash) {
        throw new ManifestError(`The trusted documents manifest ${file} has an entry whose hash is not the sha256 of its text: ${key}`);
      }
      byHash.set(hash, text);
    }
  }
  const texts = new Set([...byHash.values()].flatMap((text) => [text, canonicalText(text) ?? []].flat()));
  return { byHash, texts, files };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** APQ sends the bare hex; codegen's manifest and the GraphQL-over-HTTP appendix prefix it with `sha256:`. */
export function hexHash(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const hex = value.startsWith('sha256:') ? value.slice(7) : value;
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}

/** What a sent text is, judged against the manifests: parsed once, remembered by the caller. */
export interface SentDocument {
  /** Codegen's canonical print, without `__typename` fields. */
  canonical: string;
  /** Every operation asks for introspection alone (`__schema`, `__type`), as explorers and codegen do. */
  introspectionOnly: boolean;
}

/**
 * The text as codegen registers it (sorted, one line), so a client that sends a registered
 * document's text in another layout is still recognised. `__typename` fields are left out on both
 * sides: Apollo Client adds them to what it sends, and they reveal nothing. Null when it does not parse.
 */
export function judgeDocument(text: string): SentDocument | null {
  let document: DocumentNode;
  try {
    document = parse(text, { ...parseOptions, noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const introspectionOnly =
    operations.length > 0 &&
    operations.every((operation) =>
      operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name.value)),
    );
  return { canonical: canonicalPrint(document), introspectionOnly };
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);

export function canonicalText(text: string): string | null {
  return judgeDocument(text)?.canonical ?? null;
}

function canonicalPrint(document: DocumentNode): string {
  const withoutTypename = visit(document, { Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined) });
  return printExecutableGraphQLDocument(withoutTypename);
}
