import type { GraphQLField } from 'graphql';
import { Extensions } from 'type-graphql';

const RESOLVED_PER_VIEWER = 'resolvedPerViewer';

/**
 * Marks a field whose value depends on exactly who reads it (a link signed for its reader), not
 * just on the reader's role. A subscription that selects it resolves each event for each
 * subscriber instead of once for everyone with the same role (see realtime/shared-results.ts).
 */
export const ResolvedPerViewer = () => Extensions({ [RESOLVED_PER_VIEWER]: true });

export function isResolvedPerViewer(field: GraphQLField<unknown, unknown> | null | undefined): boolean {
  return field?.extensions?.[RESOLVED_PER_VIEWER] === true;
}
