import { Login } from '../support/operations';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp } from '../support/test-app';

const LOCKOUT_AFTER = 5;
const handle = useTestApp({ LOGIN_LOCKOUT_AFTER: String(LOCKOUT_AFTER), LOGIN_RATE_LIMIT: '1000' }, { rateLimits: true });
const url = () => handle.app.httpUrl;

const codesOf = (codes: (string | undefined)[]) => ({
  checked: codes.filter((code) => code === 'UNAUTHENTICATED').length,
  refused: codes.filter((code) => code === 'RATE_LIMITED').length,
});

// The throttle read its counters before checking the password and counted after: guesses sent at
// once all found an empty run, and every one of them was checked.
describe('40 wrong passwords for one email sent at once', () => {
  it('over HTTP: only the run before a lockout reaches the password check', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => graphqlRequest(url(), Login, { email: 'admin@example.com', password: 'tebakan-salah' })),
    );
    expect(codesOf(responses.map(errorCode))).toEqual({ checked: LOCKOUT_AFTER, refused: 40 - LOCKOUT_AFTER });
  });

  it('over one WebSocket: likewise', async () => {
    const socket = connectSocket(handle.app.wsUrl);
    const guesses = Array.from({ length: 40 }, () =>
      subscribe(socket, Login, { email: 'agen-lain@example.com', password: 'tebakan-lain' }),
    );
    await Promise.all(guesses.map((guess) => guess.completed));
    await socket.dispose();
    const codes = guesses.map((guess) => guess.errors[0]?.[0]?.extensions?.code);
    expect(codesOf(codes)).toEqual({ checked: LOCKOUT_AFTER, refused: 40 - LOCKOUT_AFTER });
  });
});
