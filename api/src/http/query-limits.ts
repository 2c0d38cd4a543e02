import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { NoSchemaIntrospectionCustomRule, type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Pinned here, not configurable: clients are written against them. */
export const QUERY_LIMITS = {
  maxDepth: 8,
  /**
   * Introspection is judged by its own depth, counted in fields: that of graphql-js's
   * getIntrospectionQuery() with every option on, which explorers and codegen send.
   */
  maxIntrospectionDepth: 15,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 50000,
} as const;

/** How the armor rules and graphql-js's token limit word their refusals. */
const LIMIT_MESSAGE = /(aliases|directives|depth|cost) limit of \d+ exceeded|contains more th\w+ \d+ tokens/i;

/**
 * The graphql-armor rules. Apollo labels every validation error GRAPHQL_VALIDATION_FAILED, so
 * formatError recognises these refusals by their wording and reports QUERY_TOO_COMPLEX.
 */
export function queryLimitRules(options: { introspection: boolean }): ValidationRule[] {
  // By default the rules throw, which Apollo reports as an internal error; reported, they are
  // ordinary validation errors.
  const report = { propagateOnRejection: false, onReject: [reportRejection], exposeLimits: true };
  const armor = [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...report }),
    // The rule above skips __schema; this one counts it, so an ofType chain cannot go on forever.
    maxDepthRule({ n: QUERY_LIMITS.maxIntrospectionDepth, ignoreIntrospection: false, flattenFragments: true, ...report }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, ...report }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...report }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...report }),
  ];
  return options.introspection ? armor : [...armor, NoSchemaIntrospectionCustomRule];
}

export const parseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

export function isQueryTooComplex(error: { message: string }): boolean {
  return LIMIT_MESSAGE.test(error.message);
}

const reportRejection = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);
