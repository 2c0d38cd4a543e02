import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, type Actor } from '../../../test/support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../../../test/support/api-process';
import { GetWidgetConfig } from '../../../test/support/operations';
import {
  connectSocket,
  createTestDatabase,
  graphqlRequest,
  startTestApp,
  subscribe,
  TEST_JWT_SECRET,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type SocketClient,
  type Subscription,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';

const OnAdminPresenceChanged = graphql(`
  subscription OnAdminPresenceChanged {
    adminPresenceChanged {
      online
      admin {
        id
        name
        online
      }
    }
  }
`);

const ListAdminsOnline = graphql(`
  query ListAdminsOnline {
    admins {
      id
      online
    }
  }
`);

type PresenceEvent = { adminPresenceChanged: { online: boolean; admin: { id: string; online: boolean } } };
type Server = { httpUrl: string; wsUrl: string };

let db: TestDatabase;
let a: TestApp;
let b: TestApp;
let redisPrefix: string;
let watcher: Actor;
let probe: Actor;
const sockets: SocketClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  redisPrefix = uniqueRedisPrefix();
  // Short leases, so that B sweeps a dead instance's leases every second.
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: redisPrefix, PRESENCE_LEASE_SECONDS: '3' };
  a = await startTestApp(db.url, shared);
  b = await startTestApp(db.url, shared);
  watcher = await loginAdmin(b.httpUrl);
  probe = await createAgent(b.httpUrl, watcher, 'penguji.kehadiran@example.com', 'Penguji Kehadiran');
});

afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
  await removeRedisKeys(redisPrefix);
});

/** A killed instance's leases outlive it; they go with the test's prefix. */
async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** A socket of `actor` on `server`, open once the server has acknowledged it. */
async function openSocket(server: Server, actor: Actor): Promise<SocketClient> {
  const socket = connectSocket(server.wsUrl, actor.token);
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.client.on('connected', () => resolve());
    void socket.closed.then((event) => reject(new Error(`socket closed before it opened: ${event.code}`)));
  });
  return socket;
}

async function closeSocket(socket: SocketClient): Promise<void> {
  sockets.splice(sockets.indexOf(socket), 1);
  await socket.dispose();
}

/** `true`/`false` for each presence event about `adminId`, in order. */
const changesOf = (subscription: Subscription<PresenceEvent>, adminId: string) =>
  subscription.events.filter((event) => event.adminPresenceChanged.admin.id === adminId).map((event) => event.adminPresenceChanged.online);

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Watches adminPresenceChanged as the seeded admin on `server` and returns once the subscription
 * is live: the probe agent's coming online on `probeServer` has come through it.
 */
async function watchPresence(server: Server, probeServer: Server): Promise<Subscription<PresenceEvent>> {
  const subscription = subscribe(await openSocket(server, watcher), OnAdminPresenceChanged, {});
  for (let attempt = 1; ; attempt++) {
    const seen = changesOf(subscription, probe.id).length;
    const probeSocket = await openSocket(probeServer, probe);
    try {
      await until(() => changesOf(subscription, probe.id).slice(seen).includes(true), 500, 'the probe online');
      await closeSocket(probeSocket);
      await until(() => changesOf(subscription, probe.id).at(-1) === false, 5000, 'the probe offline');
      return subscription;
    } catch (error) {
      await closeSocket(probeSocket);
      if (attempt === 10) throw error;
    }
  }
}

/**
 * The presence changes of `adminId` seen before the probe comes online once more. One instance
 * publishes them in order, so anything `adminId` had announced before would come first.
 */
async function changesUntilProbe(subscription: Subscription<PresenceEvent>, adminId: string, probeServer: Server) {
  const before = subscription.events.length;
  const probeSocket = await openSocket(probeServer, probe);
  const arrived = () =>
    subscription.events.findIndex((event, i) => i >= before && event.adminPresenceChanged.admin.id === probe.id && event.adminPresenceChanged.online);
  await until(() => arrived() >= 0, 5000, 'the probe online');
  const changes = subscription.events.slice(0, arrived());
  await closeSocket(probeSocket);
  return changes.filter((event) => event.adminPresenceChanged.admin.id === adminId).map((event) => event.adminPresenceChanged.online);
}

async function onlineOf(server: Server, adminId: string, token = watcher.token): Promise<boolean | undefined> {
  const response = await graphqlRequest(server.httpUrl, ListAdminsOnline, {}, token);
  expect(response.errors).toBeUndefined();
  return response.data?.admins.find((admin) => admin.id === adminId)?.online;
}

async function widgetOnline(server: Server): Promise<boolean | undefined> {
  const response = await graphqlRequest(server.httpUrl, GetWidgetConfig, {});
  return response.data?.widgetConfig.online;
}

describe('across two instances sharing Redis', () => {
  it("shows on B an agent connected to A, in admins and in the widget's online flag", async () => {
    const agent = await createAgent(a.httpUrl, watcher, 'agen.satu@example.com', 'Agen Satu');
    expect(await widgetOnline(b)).toBe(false);
    expect(await onlineOf(b, agent.id)).toBe(false);

    const socket = await openSocket(a, agent);

    expect(await onlineOf(b, agent.id)).toBe(true);
    expect(await widgetOnline(b)).toBe(true);
    expect(await onlineOf(b, watcher.id, agent.token)).toBe(false);

    await closeSocket(socket);
    await until(async () => (await widgetOnline(b)) === false, 5000, 'the widget to show nobody online');
    expect(await onlineOf(b, agent.id)).toBe(false);
  });

  it('announces an agent once when the first socket opens and once when the last one closes', async () => {
    const agent = await createAgent(a.httpUrl, watcher, 'agen.dua@example.com', 'Agen Dua');
    const presence = await watchPresence(b, a);

    const first = await openSocket(a, agent);
    await until(() => changesOf(presence, agent.id).length === 1, 5000, 'the agent online');
    expect(presence.events.find((event) => event.adminPresenceChanged.admin.id === agent.id)).toEqual({
      adminPresenceChanged: { online: true, admin: { id: agent.id, name: 'Agen Dua', online: true } },
    });
    expect(await onlineOf(b, agent.id)).toBe(true);

    const second = await openSocket(b, agent);
    await closeSocket(first);
    expect(await changesUntilProbe(presence, agent.id, a)).toEqual([true]);
    expect(await onlineOf(a, agent.id)).toBe(true);
    expect(await onlineOf(b, agent.id)).toBe(true);

    await closeSocket(second);
    await until(() => changesOf(presence, agent.id).length === 2, 5000, 'the agent offline');
    expect(await changesUntilProbe(presence, agent.id, a)).toEqual([true, false]);
    expect(await onlineOf(a, agent.id)).toBe(false);
    expect(await onlineOf(b, agent.id)).toBe(false);
  });

  it('announces the agents of an instance that shuts down as offline', async () => {
    const agent = await createAgent(a.httpUrl, watcher, 'agen.tiga@example.com', 'Agen Tiga');
    const leaving = await startTestApp(db.url, { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: redisPrefix, PRESENCE_LEASE_SECONDS: '3' });
    const presence = await watchPresence(b, a);
    try {
      await openSocket({ httpUrl: leaving.httpUrl, wsUrl: leaving.wsUrl }, agent);
      await until(() => changesOf(presence, agent.id).length === 1, 5000, 'the agent online');
    } finally {
      await leaving.close();
    }

    await until(() => changesOf(presence, agent.id).length === 2, 10_000, 'the agent offline');
    expect(changesOf(presence, agent.id)).toEqual([true, false]);
    expect(await onlineOf(b, agent.id)).toBe(false);
  });

  describe('an instance in a process of its own', () => {
    let other: ApiProcess | undefined;
    let server: Server;
    let uploadDir: string;

    beforeAll(async () => {
      uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-presence-'));
      other = spawnApi(
        {
          NODE_ENV: 'test',
          DATABASE_URL: db.url,
          REDIS_URL: TEST_REDIS_URL,
          REDIS_PREFIX: redisPrefix,
          PRESENCE_LEASE_SECONDS: '2',
          LOG_LEVEL: 'silent',
          JWT_SECRET: TEST_JWT_SECRET,
          UPLOAD_DIR: uploadDir,
        },
        await freePort(),
      );
      server = { httpUrl: other.httpUrl, wsUrl: other.httpUrl.replace(/^http/, 'ws') };
      await waitUntilReady(other);
    }, 90_000);

    afterAll(async () => {
      if (other && other.child.exitCode === null && other.child.signalCode === null) {
        other.child.kill('SIGKILL');
        await other.exited;
      }
      fs.rmSync(uploadDir, { recursive: true, force: true });
    });

    it('has an agent of a stalled instance announced offline, and online again once it resumes', async () => {
      const agent = await createAgent(b.httpUrl, watcher, 'agen.tujuh@example.com', 'Agen Tujuh');
      const presence = await watchPresence(b, server);
      await openSocket(server, agent);
      await until(() => changesOf(presence, agent.id).length === 1, 5000, 'the agent online');

      // A process frozen past its lease (a long GC pause, a starved VM) looks dead to the others.
      other!.child.kill('SIGSTOP');
      try {
        await until(() => changesOf(presence, agent.id).length === 2, 15_000, 'B to announce the stalled agent offline');
        expect(await onlineOf(b, agent.id)).toBe(false);
      } finally {
        other!.child.kill('SIGCONT');
      }

      // Its socket is still open: once the process renews the lease, the agent is back.
      await until(() => changesOf(presence, agent.id).length === 3, 10_000, 'the agent announced online again');
      expect(changesOf(presence, agent.id)).toEqual([true, false, true]);
      expect(await onlineOf(b, agent.id)).toBe(true);
    });

    it('has the agents of an instance killed with SIGKILL announced offline by the surviving one', async () => {
      const api = other!;
      const agent = await createAgent(b.httpUrl, watcher, 'agen.empat@example.com', 'Agen Empat');
      const presence = await watchPresence(b, server);
      const socket = await openSocket(server, agent);
      await until(() => changesOf(presence, agent.id).length === 1, 5000, 'the agent online');
      expect(await onlineOf(b, agent.id)).toBe(true);

      api.child.kill('SIGKILL');
      await api.exited;

      // Lease 2 s, B sweeps every second: well inside the bound, which only guards a hang.
      await until(() => changesOf(presence, agent.id).length === 2, 15_000, 'B to announce the agent offline');
      expect(changesOf(presence, agent.id)).toEqual([true, false]);
      expect(await onlineOf(b, agent.id)).toBe(false);
      expect((await socket.closed).code).not.toBe(1000);
    });
  });
});

describe('in one process without Redis', () => {
  let solo: TestApp;

  beforeAll(async () => {
    solo = await startTestApp(db.url);
  });

  afterAll(async () => {
    await solo?.close();
  });

  it("shows a connected agent in admins and in the widget's online flag", async () => {
    const agent = await createAgent(solo.httpUrl, watcher, 'agen.lima@example.com', 'Agen Lima');
    expect(await widgetOnline(solo)).toBe(false);

    const socket = await openSocket(solo, agent);

    expect(await widgetOnline(solo)).toBe(true);
    expect(await onlineOf(solo, agent.id)).toBe(true);
    await closeSocket(socket);
    await until(async () => (await widgetOnline(solo)) === false, 5000, 'the widget to show nobody online');
  });

  it('announces the transitions only', async () => {
    const agent = await createAgent(solo.httpUrl, watcher, 'agen.enam@example.com', 'Agen Enam');
    const presence = await watchPresence(solo, solo);

    const first = await openSocket(solo, agent);
    const second = await openSocket(solo, agent);
    await closeSocket(first);
    expect(await changesUntilProbe(presence, agent.id, solo)).toEqual([true]);
    expect(await onlineOf(solo, agent.id)).toBe(true);

    await closeSocket(second);
    await until(() => changesOf(presence, agent.id).length === 2, 5000, 'the agent offline');
    expect(await changesUntilProbe(presence, agent.id, solo)).toEqual([true, false]);
    expect(await onlineOf(solo, agent.id)).toBe(false);
  });
});
