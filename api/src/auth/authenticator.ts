import { appError } from '../errors/app-error';
import type { RevocationStore } from './revocation';
import { InvalidTokenError, type TokenSigner } from './tokens';
import type { Viewer } from './viewer';

export interface Authenticator {
  /** Resolves the viewer of a bearer token; no token is an anonymous viewer (null). */
  authenticate(token: string | undefined): Promise<Viewer | null>;
}

export function createAuthenticator(signer: TokenSigner, revocations: RevocationStore): Authenticator {
  return {
    async authenticate(token) {
      if (!token) return null;
      let viewer: Viewer;
      try {
        viewer = await signer.verify(token);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated();
        throw error;
      }
      if (await revocations.isRevoked(viewer.tokenId)) throw unauthenticated();
      return viewer;
    },
  };
}

const unauthenticated = () => appError('UNAUTHENTICATED', 'Your session has expired or is invalid. Please sign in again.');
