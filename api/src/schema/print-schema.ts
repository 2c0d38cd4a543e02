import { lexicographicSortSchema, printSchema } from 'graphql';
import path from 'node:path';
import { buildAppSchema } from './build-schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql');

const HEADER = '# Generated from the type-graphql code in api/src by `npm run codegen`. Do not edit.\n\n';

/** The SDL exactly as it is committed, sorted so that it does not churn with resolver order. */
export async function printAppSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
