import { appError } from '../errors/app-error';
import { isApiKeySecret, type ApiKeyLookup } from '../modules/api-key/api-key-lookup';
import { revokedKey, type AccountCheck } from './account';
import type { RevocationStore } from './revocation';
import { InvalidTokenError, type TokenSigner, type VerifiedToken } from './tokens';
import type { Viewer } from './viewer';

export interface Authenticator {
  /** Resolves the viewer of a bearer token; no token is an anonymous viewer (null). */
  authenticate(token: string | undefined): Promise<Viewer | null>;
}

const REVOCATION_CHECK_TIMEOUT_MS = 250;

/**
 * While Redis is unreachable, revocations this instance already knows (its copy in memory) still
 * refuse their tokens; only a token it cannot know about is accepted, with a warning, so signed-in
 * visitors and agents keep chatting through a Redis restart.
 */
export function createAuthenticator(
  signer: TokenSigner,
  revocations: RevocationStore,
  onCheckUnavailable: (error: unknown) => void = () => {},
  accounts?: AccountCheck,
  apiKeys?: ApiKeyLookup,
): Authenticator {
  const isRevoked = async (token: VerifiedToken) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = revocations.isRevoked(token);
      if (typeof answer === 'boolean') return answer;
      return await Promise.race([
        answer,
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
  const verify = rememberVerifiedTokens(signer);
  /** A key's revocation travels on the same feed as a token's, and its row is re-checked as an account is. */
  const authenticateKey = async (secret: string) => {
    if (!apiKeys) throw revokedKey();
    const viewer = await apiKeys.viewerOf(secret);
    if (await isRevoked({ viewer, issuedAt: 0 })) throw revokedKey();
    await accounts?.require(viewer);
    apiKeys.used(viewer);
    return viewer;
  };
  return {
    async authenticate(token) {
      if (!token) return null;
      if (isApiKeySecret(token)) return authenticateKey(token);
      let verified: VerifiedToken;
      try {
        verified = await verify(token);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated();
        throw error;
      }
      if (await isRevoked(verified)) {
        // A visitor's tokens are cut off by a block: the account says so (BLOCKED), not just "sign in".
        if (verified.viewer.role === 'CUSTOMER') await accounts?.requireFresh(verified.viewer);
        throw unauthenticated();
      }
      await accounts?.require(verified.viewer);
      return verified.viewer;
    },
  };
}

const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * A visitor or agent sends the same token with every request, and checking its signature (an
 * HMAC through WebCrypto) was the largest single cost of sending a message. A token's signature
 * and expiry never change, so a verified token is remembered until it expires; revocation is
 * still checked on every use.
 */
function rememberVerifiedTokens(signer: TokenSigner): (token: string) => Promise<VerifiedToken> {
  const verified = new Map<string, VerifiedToken>();
  return async (token) => {
    const known = verified.get(token);
    if (known && known.viewer.expiresAt * 1000 > Date.now()) return known;
    verified.delete(token);
    const fresh = await signer.verify(token);
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, fresh);
    return fresh;
  };
}

const unauthenticated = () => appError('UNAUTHENTICATED', 'Your session has expired or is invalid. Please sign in again.');
