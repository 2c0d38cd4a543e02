import { appError } from '../errors/app-error';
import type { RevocationStore } from './revocation';
import { InvalidTokenError, type TokenSigner } from './tokens';
import type { Viewer } from './viewer';

export interface Authenticator {
  /** Resolves the viewer of a bearer token; no token is an anonymous viewer (null). */
  authenticate(token: string | undefined): Promise<Viewer | null>;
}

const REVOCATION_CHECK_TIMEOUT_MS = 250;

/**
 * While Redis is unreachable the revocation list cannot be read. The check then fails open, with a
 * warning, so signed-in visitors and agents keep chatting through a Redis restart; revocations
 * already broadcast still close the sockets they concern.
 */
export function createAuthenticator(
  signer: TokenSigner,
  revocations: RevocationStore,
  onCheckUnavailable: (error: unknown) => void = () => {},
): Authenticator {
  const isRevoked = async (tokenId: string) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        revocations.isRevoked(tokenId),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('revocation check timed out')), REVOCATION_CHECK_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      onCheckUnavailable(error);
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
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
      if (await isRevoked(viewer.tokenId)) throw unauthenticated();
      return viewer;
    },
  };
}

const unauthenticated = () => appError('UNAUTHENTICATED', 'Your session has expired or is invalid. Please sign in again.');
