import { DEFAULT_API_URL, DEFAULT_WAITING_ALERT_INTERVAL_MS, resolveConfig } from '../src/app/runtime-config';

describe('runtime config', () => {
  const page = 'http://console.example/admin/';

  it('defaults to the API on localhost:8000, and derives the socket URL from it', () => {
    expect(resolveConfig(undefined, {}, page)).toEqual({
      apiUrl: DEFAULT_API_URL,
      wsUrl: 'ws://localhost:8000/graphql',
      waitingAlertIntervalMs: DEFAULT_WAITING_ALERT_INTERVAL_MS,
    });
  });

  it('takes the build-time URL, and lets the page\'s runtime config win over it', () => {
    expect(resolveConfig(undefined, { VITE_API_URL: 'https://build.example/graphql' }, page).apiUrl).toBe(
      'https://build.example/graphql',
    );
    expect(
      resolveConfig({ apiUrl: 'https://api.example/graphql' }, { VITE_API_URL: 'https://build.example/graphql' }, page),
    ).toMatchObject({ apiUrl: 'https://api.example/graphql', wsUrl: 'wss://api.example/graphql' });
  });

  it('accepts a separate socket URL and paths relative to the page', () => {
    expect(resolveConfig({ apiUrl: '/graphql', wsUrl: 'wss://live.example/graphql' }, {}, page)).toMatchObject({
      apiUrl: 'http://console.example/graphql',
      wsUrl: 'wss://live.example/graphql',
    });
  });

  it('repeats the waiting alert every 30 s unless the page asks for another interval', () => {
    expect(resolveConfig({ waitingAlertIntervalMs: 500 }, {}, page).waitingAlertIntervalMs).toBe(500);
    expect(resolveConfig({ waitingAlertIntervalMs: 0 }, {}, page).waitingAlertIntervalMs).toBe(30_000);
  });
});
