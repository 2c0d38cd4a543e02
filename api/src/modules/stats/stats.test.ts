import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { graphql } from '../../../test/gql';
import { loginAdmin, registerCustomer, type Actor } from '../../../test/support/actors';
import { freePort, spawnApi, waitUntilReady, type ApiProcess } from '../../../test/support/api-process';
import { createTestDatabase, errorCode, graphqlRequest, TEST_JWT_SECRET, type TestDatabase } from '../../../test/support/test-app';

const GetStats = graphql(`
  query GetStats($days: Int!) {
    stats {
      activeSessions
      waitingSessions
      messagesPerDay(days: $days) {
        date
        count
      }
      averageFirstResponseSeconds
    }
  }
`);

const GetDefaultStats = graphql(`
  query GetDefaultStats {
    stats {
      messagesPerDay {
        date
        count
      }
    }
  }
`);

// The server runs in its own process with a time zone that is not UTC (and has no daylight saving
// time), so that a day counted in UTC, or in the database's zone, comes out different. Jakarta is
// UTC+7: 00:30 there is 17:30 the day before in UTC.
const SERVER_TIME_ZONE = 'Asia/Jakarta';
const OFFSET = '+07:00';

let db: TestDatabase;
let api: ApiProcess;
let pg: Client;
let uploadDir: string;
let admin: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-stats-'));
  api = spawnApi(
    {
      NODE_ENV: 'test',
      TZ: SERVER_TIME_ZONE,
      DATABASE_URL: db.url,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      UPLOAD_DIR: uploadDir,
    },
    await freePort(),
  );
  await waitUntilReady(api);
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  admin = await loginAdmin(api.httpUrl);
}, 90_000);

afterAll(async () => {
  await pg?.end();
  if (api && api.child.exitCode === null && api.child.signalCode === null) {
    api.child.kill('SIGTERM');
    await api.exited;
  }
  await db?.drop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** Today in the server's zone, as YYYY-MM-DD. */
const serverToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: SERVER_TIME_ZONE }).format(new Date());

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A wall-clock time in the server's zone, `days` from today. */
const at = (today: string, days: number, time: string) => new Date(`${addDays(today, days)}T${time}${OFFSET}`);

/** Queries stats, again if the server's day turned over meanwhile; returns them with that day. */
async function statsOver(days: number, token = admin.token) {
  for (;;) {
    const today = serverToday();
    const response = await graphqlRequest(api.httpUrl, GetStats, { days }, token);
    if (serverToday() === today) return { today, response };
  }
}

async function insertCustomer(name: string): Promise<string> {
  const { rows } = await pg.query(`insert into customer (id, name, created_at) values (gen_random_uuid(), $1, now()) returning id`, [name]);
  return rows[0].id;
}

async function insertSession(status: 'WAITING' | 'ACTIVE' | 'CLOSED', createdAt: Date): Promise<string> {
  const customerId = await insertCustomer(`Pelanggan ${status.toLowerCase()}`);
  const { rows } = await pg.query(
    `insert into chat_session (id, customer_id, assigned_admin_id, status, created_at, closed_at)
     values (gen_random_uuid(), $1, $2, $3, $4, $5) returning id`,
    [customerId, status === 'WAITING' ? null : admin.id, status, createdAt, status === 'CLOSED' ? createdAt : null],
  );
  return rows[0].id;
}

async function insertMessages(sessionId: string, messages: [sender: 'CUSTOMER' | 'ADMIN' | 'SYSTEM', createdAt: Date][]) {
  for (const [sender, createdAt] of messages) {
    await pg.query(
      `insert into message (session_id, sender, sender_admin_id, sender_name, text, created_at) values ($1, $2, $3, $4, $5, $6)`,
      [sessionId, sender, sender === 'ADMIN' ? admin.id : null, sender === 'SYSTEM' ? null : sender.toLowerCase(), 'pesan', createdAt],
    );
    await pg.query(`update chat_session set last_message_at = greatest(last_message_at, $2) where id = $1`, [sessionId, createdAt]);
  }
}

describe('stats', () => {
  it('answers zeros, every day listed, and no response time on an empty database', async () => {
    const { today, response } = await statsOver(7);

    expect(response.errors).toBeUndefined();
    expect(response.data?.stats).toEqual({
      activeSessions: 0,
      waitingSessions: 0,
      messagesPerDay: [-6, -5, -4, -3, -2, -1, 0].map((days) => ({ date: addDays(today, days), count: 0 })),
      averageFirstResponseSeconds: null,
    });
  });

  describe('on a hand-computed fixture', () => {
    let today: string;

    beforeAll(async () => {
      today = serverToday();
      // First responses, all three days ago:
      //   waited 40 s: a second customer message and a second reply change nothing;
      const s1 = await insertSession('ACTIVE', at(today, -3, '09:59:00'));
      await insertMessages(s1, [
        ['CUSTOMER', at(today, -3, '10:00:00')],
        ['CUSTOMER', at(today, -3, '10:00:10')],
        ['ADMIN', at(today, -3, '10:00:40')],
        ['ADMIN', at(today, -3, '10:01:40')],
      ]);
      //   an agent's internal note 10 s in is no reply (though a message of the day);
      await pg.query(
        `insert into message (session_id, sender, sender_admin_id, sender_name, text, internal, created_at) values ($1, 'ADMIN', $2, 'admin', 'catatan', true, $3)`,
        [s1, admin.id, at(today, -3, '10:00:20')],
      );
      //   waited 120.6 s, in a session closed since;
      const s2 = await insertSession('CLOSED', at(today, -3, '10:59:00'));
      await insertMessages(s2, [
        ['CUSTOMER', at(today, -3, '11:00:00.000')],
        ['ADMIN', at(today, -3, '11:02:00.600')],
      ]);
      //   waited 60 s: the agent's greeting before the customer's first message is no reply;
      const s3 = await insertSession('ACTIVE', at(today, -3, '11:59:00'));
      await insertMessages(s3, [
        ['ADMIN', at(today, -3, '12:00:00')],
        ['CUSTOMER', at(today, -3, '12:00:10')],
        ['ADMIN', at(today, -3, '12:01:10')],
      ]);
      //   never answered, and only a system message: neither counts.
      const s4 = await insertSession('WAITING', at(today, -3, '12:59:00'));
      await insertMessages(s4, [['CUSTOMER', at(today, -3, '13:00:00')]]);
      const s5 = await insertSession('WAITING', at(today, -3, '13:59:00'));
      await insertMessages(s5, [['SYSTEM', at(today, -3, '14:00:00')]]);
      // A chat whose visitor has not written yet waits for nobody: agents are not shown it.
      await insertSession('WAITING', at(today, 0, '00:00:00'));

      // Messages on the edges of days, in a closed session with no agent in it.
      const s6 = await insertSession('CLOSED', at(today, -8, '12:00:00'));
      await insertMessages(s6, [
        ['CUSTOMER', at(today, -7, '23:59:59')], // the day before the window
        ['CUSTOMER', at(today, -6, '00:00:00')], // the window's first instant
        ['CUSTOMER', at(today, -4, '00:30:00')], // 17:30 UTC the day before
        ['CUSTOMER', at(today, -4, '12:00:00')],
        ['CUSTOMER', at(today, -4, '23:59:59')],
        ['CUSTOMER', at(today, -1, '06:59:59')], // 23:59:59 UTC the day before
        ['CUSTOMER', at(today, 0, '00:00:01')],
        ['CUSTOMER', at(today, 0, '23:59:59')],
      ]);
    });

    it('counts open sessions by status, and messages per day in the server time zone', async () => {
      const { today: day, response } = await statsOver(7);
      // The fixture is relative to the day it was written; a test run across midnight has no answer.
      expect(day).toBe(today);

      expect(response.errors).toBeUndefined();
      const stats = response.data!.stats;
      expect(stats.activeSessions).toBe(2);
      expect(stats.waitingSessions).toBe(2);
      expect(stats.messagesPerDay).toEqual([
        { date: addDays(today, -6), count: 1 },
        { date: addDays(today, -5), count: 0 },
        { date: addDays(today, -4), count: 3 },
        { date: addDays(today, -3), count: 4 + 1 + 2 + 3 + 1 + 1 },
        { date: addDays(today, -2), count: 0 },
        { date: addDays(today, -1), count: 1 },
        { date: today, count: 2 },
      ]);
      expect(stats.averageFirstResponseSeconds).toBeCloseTo((40 + 120.6 + 60) / 3, 6);
    });

    it('takes 7 days by default, and lists as many days as asked, today last', async () => {
      const byDefault = await graphqlRequest(api.httpUrl, GetDefaultStats, {}, admin.token);
      const { response: oneDay } = await statsOver(1);
      const { response: ninety } = await statsOver(90);

      expect(byDefault.data?.stats.messagesPerDay.map((day) => day.count)).toEqual([1, 0, 3, 12, 0, 1, 2]);
      expect(oneDay.data?.stats.messagesPerDay).toEqual([{ date: today, count: 2 }]);
      const days = ninety.data!.stats.messagesPerDay;
      expect(days).toHaveLength(90);
      expect(days[0].date).toBe(addDays(today, -89));
      expect(days.at(-1)?.date).toBe(today);
      expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(20);
      expect(days.find((day) => day.date === addDays(today, -7))?.count).toBe(1);
    });
  });

  it.each([0, 91, -1])('refuses days: %i with BAD_USER_INPUT', async (days) => {
    const { response } = await statsOver(days);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.field).toBe('days');
  });

  it('refuses a customer with FORBIDDEN and an anonymous caller with UNAUTHENTICATED', async () => {
    const customer = await registerCustomer(api.httpUrl, 'Budi Santoso');

    const asCustomer = await graphqlRequest(api.httpUrl, GetStats, { days: 7 }, customer.token);
    const anonymous = await graphqlRequest(api.httpUrl, GetStats, { days: 7 });

    expect(errorCode(asCustomer)).toBe('FORBIDDEN');
    expect(asCustomer.data ?? null).toBeNull();
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});
