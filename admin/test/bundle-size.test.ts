import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST_DIR } from './support/console-server';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  src?: string;
}

// Every screen is its own chunk, but the generated map of GraphQL documents (client-preset's
// `graphql()`) and the strings of both languages load first; the integrations, audit, report and
// two-factor screens added theirs.
const BUDGET_BYTES = 160 * 1024;

/** The global setup has just built the console; read what a first visit must download. */
function initialChunks(manifest: Record<string, ManifestChunk>): ManifestChunk[] {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const seen = new Map<string, ManifestChunk>();
  const visit = (chunk: ManifestChunk) => {
    if (seen.has(chunk.file)) return;
    seen.set(chunk.file, chunk);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return [...seen.values()];
}

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST_DIR, file)), { level: 9 }).length;

describe('bundle', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;

  it(`keeps the initial JavaScript within ${BUDGET_BYTES / 1024} KB gzipped`, () => {
    const chunks = initialChunks(manifest);
    const total = chunks.reduce((sum, chunk) => sum + gzipped(chunk.file), 0);
    console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzipped in ${chunks.length} files`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('splits every screen into its own chunk, and keeps the chart library out of the first load', () => {
    const initial = new Set(initialChunks(manifest).map((chunk) => chunk.file));
    const screens = ['login-page', 'inbox-page', 'conversation-view', 'dashboard-page', 'agents-page', 'account-page'];
    for (const screen of screens) {
      const chunk = Object.values(manifest).find((c) => c.src?.endsWith(`${screen}.tsx`));
      expect(chunk).toBeDefined();
      expect(initial.has(chunk!.file)).toBe(false);
    }
    const initialCode = [...initial].map((file) => fs.readFileSync(path.join(DIST_DIR, file), 'utf8')).join('\n');
    expect(initialCode).not.toContain('uPlot');
  });
});
