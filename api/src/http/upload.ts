// graphql-upload is ESM-only; Node 20.19+ loads it with require().
import type { GraphQLScalarType } from 'graphql';
import type { RequestHandler } from 'express';

const { default: GraphQLUpload } = require('graphql-upload/GraphQLUpload.mjs') as { default: GraphQLScalarType };
const { default: graphqlUploadExpress } = require('graphql-upload/graphqlUploadExpress.mjs') as {
  default: (options: { maxFileSize: number; maxFiles: number; maxFieldSize?: number }) => RequestHandler;
};

export { GraphQLUpload, graphqlUploadExpress };
