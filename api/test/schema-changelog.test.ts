import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { breakingChanges, subjectOf, unannouncedBreakingChanges } from './support/schema-changelog';

// The public schema changes only by additions, unless a release says otherwise (CHANGELOG.md).

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const describeChanges = (changes: { description: string }[]) => changes.map((change) => `  - ${change.description}`).join('\n');

/** schema.baseline.graphql before the commit that last moved it (or before the uncommitted move), if git knows. */
function previousBaseline(): string | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const committed = git('show', 'HEAD:schema.baseline.graphql');
    if (committed !== read('schema.baseline.graphql')) return committed;
    const moved = git('log', '-1', '--format=%H', '--', 'schema.baseline.graphql').trim();
    return moved ? git('show', `${moved}~1:schema.baseline.graphql`) : undefined;
  } catch {
    return undefined; // no git (a tarball), or the commit that created the baseline
  }
}

it('schema.graphql breaks nothing in schema.baseline.graphql', () => {
  const changes = breakingChanges(read('schema.baseline.graphql'), read('schema.graphql'));
  if (changes.length > 0) {
    throw new Error(
      `schema.graphql breaks the released schema:\n${describeChanges(changes)}\n` +
        'If that is meant, copy schema.graphql over schema.baseline.graphql and name each of ' +
        `${changes.map((change) => `\`${subjectOf(change)}\``).join(', ')} under "Breaking" in CHANGELOG.md, in the same commit.`,
    );
  }
});

it('names in CHANGELOG.md every breaking change the last move of the baseline made', () => {
  const before = previousBaseline();
  if (before === undefined) return;
  const unannounced = unannouncedBreakingChanges(before, read('schema.baseline.graphql'), read('CHANGELOG.md'));
  if (unannounced.length > 0) throw new Error(`the baseline moved past breaking changes CHANGELOG.md does not name:\n${describeChanges(unannounced)}`);
});

describe('the check itself, on synthetic schemas', () => {
  const baseline = /* GraphQL */ `
    enum Status { OPEN CLOSED }
    type Chat { id: ID! status: Status! title: String }
    input ChatFilter { status: Status }
    type Query { chat(id: ID!): Chat chats(filter: ChatFilter): [Chat!]! }
  `;

  it('passes additions: a new field, argument, type and enum value', () => {
    const grown = /* GraphQL */ `
      enum Status { OPEN CLOSED ARCHIVED }
      type Label { id: ID! }
      type Chat { id: ID! status: Status! title: String labels: [Label!]! }
      input ChatFilter { status: Status search: String }
      type Query { chat(id: ID!): Chat chats(filter: ChatFilter, first: Int): [Chat!]! }
    `;
    expect(breakingChanges(baseline, grown)).toEqual([]);
  });

  it('fails on each kind of breaking change, naming what broke', () => {
    const broken = /* GraphQL */ `
      enum Status { OPEN }
      type Chat { id: ID! status: String! }
      input ChatFilter { status: Status teamId: ID! }
      type Query { chat(id: ID!, team: ID!): Chat }
    `;
    const subjects = breakingChanges(baseline, broken).map(subjectOf).sort();
    expect(subjects).toEqual(['Chat.status', 'Chat.title', 'ChatFilter.teamId', 'Query.chat', 'Query.chats', 'Status.CLOSED']);
    const gone = /* GraphQL */ `type Query { chat(id: ID!): String }`;
    expect(breakingChanges(baseline, gone).map(subjectOf)).toEqual(expect.arrayContaining(['Status', 'Chat', 'ChatFilter']));
  });

  it('lets a moved baseline through only when the changelog names each breaking change', () => {
    const moved = baseline.replace(' title: String', '');
    const silent = '## Unreleased\n### Breaking\n- None.\n';
    expect(unannouncedBreakingChanges(baseline, moved, silent).map(subjectOf)).toEqual(['Chat.title']);
    // A mention without backticks is prose, not a record of the change.
    expect(unannouncedBreakingChanges(baseline, moved, '- Chat.title was removed')).toHaveLength(1);
    expect(unannouncedBreakingChanges(baseline, moved, '### Breaking\n- `Chat.title` is gone: use `Chat.subject`.\n')).toEqual([]);
  });
});
