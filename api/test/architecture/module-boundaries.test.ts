import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Relative imports of each file, type-only ones included: a cycle of types is still a knot to untie. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '(\.[^']+)'/g)].map(([, spec]) => path.resolve(path.dirname(file), spec) + '.ts');
    graph.set(file, targets.filter((target) => target !== file));
  }
  return graph;
}

/** The files reachable from `start` that reach `start` again. */
function cycleThrough(graph: Map<string, string[]>, start: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]): string[] | null => {
    for (const next of graph.get(file) ?? []) {
      if (next === start) return [...trail, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

const relative = (files: string[]) => files.map((file) => path.relative(SRC, file));

describe('module boundaries', () => {
  it('no service imports the request context that builds it', () => {
    const context = path.join(SRC, 'http/context.ts');
    const cycle = cycleThrough(importGraph(), context);
    expect(cycle && relative(cycle)).toBeNull();
  });

  it('every pub/sub topic is declared in pubsub/topics.ts, not added from elsewhere', () => {
    const augmenting = sourceFiles(SRC).filter((file) => /declare module '[^']*pubsub\/topics'/.test(readFileSync(file, 'utf8')));
    expect(relative(augmenting)).toEqual([]);
  });

  it('the WebSocket server takes what it needs (contextFor), not AppDeps, the request context or entities', () => {
    const graph = importGraph();
    const forbidden = ['app-deps.ts', 'http/context.ts'].map((file) => path.join(SRC, file));
    const offending = [...graph]
      .filter(([file]) => file.startsWith(path.join(SRC, 'realtime') + path.sep))
      .flatMap(([file, targets]) =>
        targets.filter((target) => forbidden.includes(target) || target.endsWith('.entity.ts')).map((target) => `${relative([file])} -> ${relative([target])}`),
      );
    expect(offending).toEqual([]);
  });
});
