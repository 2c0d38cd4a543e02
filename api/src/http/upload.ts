// graphql-upload is ESM-only; Node 22.12+ loads it with require().
import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { RequestHandler } from 'express';

const { default: graphqlUploadExpress } = require('graphql-upload/graphqlUploadExpress.mjs') as {
  default: (options: { maxFileSize: number; maxFiles: number; maxFieldSize?: number }) => RequestHandler;
};
const { default: Upload } = require('graphql-upload/Upload.mjs') as { default: new () => { promise: Promise<unknown> } };

/**
 * The `Upload` scalar. graphql-upload 18 ships its scalar for graphql 17 only (`coerceInputValue`
 * and friends, which graphql 16 ignores, so its default would hand the resolver the raw variable),
 * and graphql stays at 16 for type-graphql 2: this is the same scalar in graphql 16's terms. Its
 * value is the promise of the file that `graphqlUploadExpress` put in the variables.
 */
export const GraphQLUpload = new GraphQLScalarType({
  name: 'Upload',
  description: 'The `Upload` scalar type represents a file upload.',
  parseValue(value) {
    if (value instanceof Upload) return value.promise;
    throw new GraphQLError('Upload value invalid.');
  },
  parseLiteral(node) {
    throw new GraphQLError('Upload literal unsupported.', { nodes: node });
  },
  serialize() {
    throw new GraphQLError('Upload serialization unsupported.');
  },
});

export { graphqlUploadExpress };
