import { createAuthenticator } from './authenticator';
import { createMemoryRevocationStore } from './revocation';
import { createTokenSigner } from './tokens';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('authenticator', () => {
  it('stops accepting a remembered token once it expires', async () => {
    const signer = createTokenSigner(SECRET, { ADMIN: 1, CUSTOMER: 1 });
    const authenticator = createAuthenticator(signer, createMemoryRevocationStore());
    const { token, viewer } = await signer.sign('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
    await expect(authenticator.authenticate(token)).resolves.toEqual(viewer);
    await new Promise((resolve) => setTimeout(resolve, (viewer.expiresAt + 1) * 1000 - Date.now()));
    await expect(authenticator.authenticate(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('checks revocation on every use of a remembered token', async () => {
    const signer = createTokenSigner(SECRET, { ADMIN: 3600, CUSTOMER: 3600 });
    const revocations = createMemoryRevocationStore();
    const authenticator = createAuthenticator(signer, revocations);
    const { token, viewer } = await signer.sign('ADMIN', '0b8e4a52-1f0e-4c1a-8f53-6a8c0d3e9f71');
    await authenticator.authenticate(token);
    await revocations.revoke(viewer.tokenId, viewer.expiresAt);
    await expect(authenticator.authenticate(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('does not take a tampered copy of a remembered token for it', async () => {
    const signer = createTokenSigner(SECRET, { ADMIN: 3600, CUSTOMER: 3600 });
    const authenticator = createAuthenticator(signer, createMemoryRevocationStore());
    const { token } = await signer.sign('CUSTOMER', 'c6f1f2a4-5a4e-4d8e-9a52-3a5d1f1e2b3c');
    await authenticator.authenticate(token);
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ role: 'ADMIN', sub: 'x', jti: 'y', exp: 9999999999, iss: 'livechat-oss' })).toString('base64url');
    await expect(authenticator.authenticate(`${header}.${payload}.${signature}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
