import { Client } from 'pg';
import { now, TimeoutError } from '../infra/time';
import { log } from '../log';
import { summarize, type Summary } from '../stats/summary';
import { graphql, SEEDED_ADMIN } from '../targets/api-target';

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
/** The console's search page asks exactly this (admin/src/features/search/). */
const SEARCH = `query SearchMessages($query: String!, $first: Int, $after: String) {
  searchMessages(query: $query, first: $first, after: $after) {
    edges { cursor highlight node { id text internal createdAt }
      session { id status customer { id name } assignedAdmin { id name } team { id name } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

export interface SearchSettings {
  /** Messages seeded, `messagesPerChat` to a closed chat. */
  messages: number;
  messagesPerChat: number;
  warmup: number;
  /** Searches one at a time, each waiting for its answer. */
  samples: number;
  /** Then this many clients searching back to back for `durationMs`. */
  concurrency: number;
  durationMs: number;
  maxMs: number;
}

export interface SearchQueryFigure {
  query: string;
  /** `totalCount` of the search: the messages that match. */
  matches: number;
  latency: Summary;
}

export interface SearchResult {
  messages: number;
  chats: number;
  seedSeconds: number;
  /** Every search of the one-at-a-time loop, whatever the query (ms). */
  latency: Summary;
  byQuery: SearchQueryFigure[];
  concurrency: number;
  perSecond: number;
  /** Latency while `concurrency` clients search at once (ms). */
  loadedLatency: Summary;
  errors: number;
}

// A help desk for business licensing (OSS perizinan berusaha), in Indonesian and English.
const CUSTOMER_ID = [
  'Selamat pagi, saya ingin mengurus izin usaha untuk toko kelontong saya.',
  'Bagaimana cara mendapatkan NIB untuk usaha mikro? Nomor pengajuan saya {nib}.',
  'NIB {nib} saya sudah terbit tetapi sertifikat standar belum diverifikasi.',
  'Kode KBLI 47111 apakah sesuai untuk perdagangan eceran di warung?',
  'Saya tidak bisa masuk ke akun OSS, katanya kata sandi salah terus.',
  'Perizinan berusaha berbasis risiko untuk restoran memerlukan dokumen apa saja?',
  'Status permohonan PB UMKU saya masih menunggu verifikasi dinas.',
  'Email aktivasi akun OSS tidak pernah sampai ke kotak masuk saya.',
  'Apakah perubahan alamat usaha harus memperbarui data NIB {nib}?',
  'Saya salah memilih KBLI saat pendaftaran, bagaimana cara mengubahnya?',
  'Persetujuan lingkungan untuk pabrik kami sudah diunggah sejak minggu lalu.',
  'Izin lokasi dan PKKPR untuk gudang di Bekasi apakah wajib diurus?',
  'Sertifikat halal termasuk perizinan yang diajukan lewat OSS atau bukan?',
  'Mohon bantuan, pengajuan izin edar produk pangan saya ditolak sistem.',
];
const AGENT_ID = [
  'Baik, silakan masuk ke akun OSS lalu pilih menu Perizinan Berusaha.',
  'Untuk usaha mikro cukup mengisi data pelaku usaha, NIB terbit otomatis.',
  'Mohon lampirkan KTP dan NPWP agar verifikasi dapat dilanjutkan.',
  'Sertifikat standar diverifikasi oleh kementerian terkait dalam lima hari kerja.',
  'Silakan gunakan fitur lupa kata sandi di halaman masuk OSS.',
  'Perubahan data usaha dilakukan melalui menu Perubahan pada dasbor OSS.',
  'Terima kasih, permohonan izin Anda sedang kami teruskan ke dinas terkait.',
  'KBLI dapat diubah selama izin usaha belum diterbitkan.',
];
const CUSTOMER_EN = [
  'Hello, how do I apply for a business license for my online shop?',
  'My NIB {nib} was issued but the standard certificate is still pending.',
  'Which KBLI code should I choose for software development services?',
  'I cannot log in to my OSS account after changing my email address.',
  'Is an environmental approval required for a small warehouse?',
  'The verification of my licensing application has been pending for two weeks.',
];
const AGENT_EN = [
  'Please sign in to your OSS account and open the Business Licensing menu.',
  'Licensing for micro businesses only needs the business identity data.',
  'We have forwarded your application to the ministry for verification.',
  'You can reset the password from the OSS sign-in page.',
];
const NOTES = [
  'Catatan: pelanggan sudah dua kali menghubungi soal NIB, mohon prioritaskan.',
  'Catatan: eskalasi ke tim perizinan daerah, menunggu jawaban dinas.',
  'Note: applicant asked for a callback about the license verification.',
];
const FIRST_NAMES = ['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Eko', 'Putri', 'Joko', 'Ayu', 'Hendra', 'Wati', 'Fajar'];
const LAST_NAMES = ['Rahayu', 'Santoso', 'Lestari', 'Wijaya', 'Wulandari', 'Prasetyo', 'Hartono', 'Kusuma', 'Saputra'];

/** The NIB (13 digits) that the chat numbered `n` writes about, so one number finds one chat. */
const nibOf = (n: number) => `91200${String(n).padStart(8, '0')}`;

/** The mix of searches: common and rare stems, phrases, English, a number, and a word nobody wrote. */
function queries(chats: number): string[] {
  return [
    'izin',
    'akun OSS',
    'sertifikat standar',
    'KBLI',
    'kata sandi',
    '"persetujuan lingkungan"',
    'verifikasi dinas',
    'license application',
    'password',
    nibOf(Math.ceil(chats / 3)),
    nibOf(Math.ceil((2 * chats) / 3)),
    'kucing',
  ];
}

/**
 * Seeds `messages` messages in closed chats straight into the API's database (one INSERT …
 * SELECT over generate_series), then searches them over the API's GraphQL HTTP endpoint as the
 * seeded ADMIN, first one at a time (latency), then from several clients at once (throughput).
 */
export async function measureSearch(base: string, databaseUrl: string, settings: SearchSettings): Promise<SearchResult> {
  const deadline = now() + settings.maxMs;
  const left = (what: string) => {
    const ms = deadline - now();
    if (ms <= 0) throw new TimeoutError(`search: out of time before ${what}`);
    return ms;
  };
  const chats = Math.ceil(settings.messages / settings.messagesPerChat);
  const seedStartedAt = now();
  await seed(databaseUrl, chats, settings.messagesPerChat);
  const seedSeconds = (now() - seedStartedAt) / 1000;
  log(`  seeded ${chats.toLocaleString('en-US')} chats, ${(chats * settings.messagesPerChat).toLocaleString('en-US')} messages in ${seedSeconds.toFixed(1)} s`);

  const url = `${base}/graphql`;
  const { login } = await graphql<{ login: { token: string } }>(url, LOGIN, SEEDED_ADMIN);
  const mix = queries(chats);
  const search = async (query: string) => {
    const startedAt = now();
    const { searchMessages } = await graphql<{ searchMessages: { totalCount: number } }>(url, SEARCH, { query, first: 20 }, login.token);
    return { ms: now() - startedAt, matches: searchMessages.totalCount };
  };

  for (let n = 0; n < settings.warmup; n += 1) await search(mix[n % mix.length]!);
  // On a slow machine the loop ends early, keeping the time for the concurrent part.
  const samplesUntil = deadline - settings.durationMs - 5000;
  const samples: { query: string; ms: number; matches: number }[] = [];
  for (let n = 0; n < settings.samples && now() < samplesUntil; n += 1) {
    const query = mix[n % mix.length]!;
    samples.push({ query, ...(await search(query)) });
  }
  if (samples.length < mix.length) throw new TimeoutError(`search: only ${samples.length} searches one at a time within ${settings.maxMs} ms`);

  left('the concurrent searches');
  const loaded: number[] = [];
  let errors = 0;
  const stopAt = now() + Math.min(settings.durationMs, deadline - now());
  let next = 0;
  const client = async () => {
    while (now() < stopAt) {
      try {
        loaded.push((await search(mix[next++ % mix.length]!)).ms);
      } catch {
        errors += 1;
      }
    }
  };
  const loadStartedAt = now();
  await Promise.all(Array.from({ length: settings.concurrency }, client));
  const loadSeconds = (now() - loadStartedAt) / 1000;

  return {
    messages: chats * settings.messagesPerChat,
    chats,
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    latency: summarize(samples.map((sample) => sample.ms)),
    byQuery: mix.map((query) => {
      const own = samples.filter((sample) => sample.query === query);
      return { query, matches: own[0]?.matches ?? 0, latency: summarize(own.map((sample) => sample.ms)) };
    }),
    concurrency: settings.concurrency,
    perSecond: Math.round(loaded.length / loadSeconds),
    loadedLatency: summarize(loaded),
    errors,
  };
}

/**
 * `chats` closed chats of `perChat` messages each, customer and agent in turn, every 17th an
 * internal note; one chat in five in English. Spread over the last year, as a desk's history is.
 */
async function seed(databaseUrl: string, chats: number, perChat: number): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `create temporary table bench_chat on commit drop as
       select n, gen_random_uuid() as id, gen_random_uuid() as customer_id,
              now() - make_interval(mins => (n * 525600 / $1::int)) as at
       from generate_series(1, $1::int) n`,
      [chats],
    );
    await client.query(
      `insert into customer (id, name, email, created_at)
       select customer_id, ($1::text[])[1 + n % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (n / 7) % cardinality($2::text[])],
              'pelanggan' || n || '@example.com', at
       from bench_chat`,
      [FIRST_NAMES, LAST_NAMES],
    );
    await client.query(
      `insert into chat_session (id, customer_id, status, created_at, queued_at, first_assigned_at, last_message_at, closed_at)
       select id, customer_id, 'CLOSED', at, at, at + interval '2 minutes', at + interval '40 minutes', at + interval '45 minutes'
       from bench_chat`,
    );
    // Customer and agent take turns; the sentence depends on the chat and the turn, so chats differ.
    await client.query(
      `insert into message (session_id, sender, sender_name, text, internal, created_at)
       select c.id,
              (case when m % 2 = 1 and m % 17 <> 0 then 'CUSTOMER' else 'ADMIN' end)::message_sender,
              case when m % 2 = 1 and m % 17 <> 0 then null else 'Agen OSS' end,
              replace(case
                when m % 17 = 0 then ($5::text[])[1 + (c.n + m) % cardinality($5::text[])]
                when c.n % 5 = 0 and m % 2 = 1 then ($3::text[])[1 + (c.n * 7 + m) % cardinality($3::text[])]
                when c.n % 5 = 0 then ($4::text[])[1 + (c.n * 3 + m) % cardinality($4::text[])]
                when m % 2 = 1 then ($1::text[])[1 + (c.n * 7 + m) % cardinality($1::text[])]
                else ($2::text[])[1 + (c.n * 3 + m) % cardinality($2::text[])]
              end, '{nib}', '91200' || lpad(c.n::text, 8, '0')),
              m % 17 = 0,
              c.at + make_interval(secs => m * 45)
       from bench_chat c cross join generate_series(1, $6::int) m`,
      [CUSTOMER_ID, AGENT_ID, CUSTOMER_EN, AGENT_EN, NOTES, perChat],
    );
    await client.query('commit');
    await client.query('analyze customer, chat_session, message');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
