// graphql-upload is ESM-only; Node 22.12+ loads it with require().
import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { RequestHandler } from 'express';

interface UploadOptions {
  maxFileSize: number;
  maxFiles: number;
  maxFieldSize?: number;
}

const { default: graphqlUploadExpress } = require('graphql-upload/graphqlUploadExpress.mjs') as {
  default: (options: UploadOptions) => RequestHandler;
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

/** A `boundary` parameter with a value, quoted or not; `[^"]` and `[^\s;]` keep it linear. */
const BOUNDARY = /;\s*boundary=(?:"[^"]+"|[^\s;"]+)/i;

/** A refusal that the app's error handler answers as 400 BAD_USER_INPUT with this message. */
const malformed = (message: string) => Object.assign(new Error(message), { status: 400, expose: true });

/**
 * graphql-upload's middleware, refusing at once what it would hang on or call a server fault:
 * without a usable boundary busboy throws before reading the body, and graphql-upload then holds
 * the answer until a body it never reads has ended; a body cut short is a parser error with no
 * status, which would be a 500.
 */
export function multipartUploads(options: UploadOptions): RequestHandler {
  const upload = graphqlUploadExpress(options);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    if (!BOUNDARY.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return next(malformed('A multipart request needs a boundary in its Content-Type.'));
    }
    upload(req, res, (error?: unknown) => {
      if (error === undefined || (error as { status?: number }).status) return next(error);
      next(malformed('The multipart request is malformed or was cut short. Please send it again.'));
    });
  };
}
