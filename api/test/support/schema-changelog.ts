import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';

/**
 * What a breaking change is about, as CHANGELOG.md names it in backticks: `Type.field` for a field,
 * an argument or an input field, `Enum.VALUE` for an enum value, `Type` for a type or a directive.
 */
export function subjectOf(change: BreakingChange): string {
  const { description } = change;
  const dotted = /\b([A-Za-z_]\w*\.[A-Za-z_]\w*)\b/.exec(description);
  if (dotted) return dotted[1];
  const member = /^(\w+) was removed from (?:enum|union) type (\w+)/.exec(description);
  if (member) return `${member[2]}.${member[1]}`;
  const inputField = /required field (\w+) on input type (\w+)/.exec(description);
  if (inputField) return `${inputField[2]}.${inputField[1]}`;
  return /^(?:A \w+ \w+ )?@?(\w+)/.exec(description)![1];
}

export function breakingChanges(oldSdl: string, newSdl: string): BreakingChange[] {
  return findBreakingChanges(buildSchema(oldSdl), buildSchema(newSdl));
}

/** The breaking changes from `oldSdl` to `newSdl` whose subject CHANGELOG.md does not name. */
export function unannouncedBreakingChanges(oldSdl: string, newSdl: string, changelog: string): BreakingChange[] {
  return breakingChanges(oldSdl, newSdl).filter((change) => !changelog.includes(`\`${subjectOf(change)}\``));
}
