// graphql-upload is ESM-only; Node 20.19+ loads it with require().
import type { GraphQLScalarType } from 'graphql';
import type { RequestHandler } from 'express';

interface UploadOptions {
  maxFileSize: number;
  maxFiles: number;
  maxFieldSize?: number;
}

const { default: GraphQLUpload } = require('graphql-upload/GraphQLUpload.mjs') as { default: GraphQLScalarType };
const { default: graphqlUploadExpress } = require('graphql-upload/graphqlUploadExpress.mjs') as {
  default: (options: UploadOptions) => RequestHandler;
};

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

export { GraphQLUpload };
