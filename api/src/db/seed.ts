import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password';
import { DEVELOPMENT_ADMIN_PASSWORD } from '../config/config';

export const DEFAULT_ADMIN = { email: 'admin@example.com', password: DEVELOPMENT_ADMIN_PASSWORD, name: 'Admin' } as const;

/** Creates the default admin once, with `password`; running it again changes nothing. */
export async function seedDefaultAdmin(em: EntityManager, password: string): Promise<boolean> {
  const result = await em.getConnection().execute(
    `insert into admin (id, email, name, password_hash, role, created_at)
       values (gen_random_uuid(), ?, ?, ?, 'ADMIN', now())
       on conflict (email) do nothing`,
    [DEFAULT_ADMIN.email, DEFAULT_ADMIN.name, await hashPassword(password)],
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows === 1;
}


/** The OSS desk's most asked questions, for a development desk; production desks write their own. */
export const DEVELOPMENT_CANNED_RESPONSES = [
  {
    shortcut: 'nib',
    title: 'Nomor Induk Berusaha (NIB)',
    text: 'Halo {{customer.name}}, NIB terbit otomatis setelah Anda melengkapi data usaha di oss.go.id dan menekan "Proses Perizinan Berusaha". NIB dapat diunduh di menu Perizinan > Dokumen.',
  },
  {
    shortcut: 'kbli',
    title: 'Kode KBLI',
    text: 'Kode KBLI menggambarkan bidang usaha Anda. Silakan cari kode yang paling sesuai di menu "Cari KBLI" pada oss.go.id; satu NIB dapat memuat beberapa KBLI.',
  },
  {
    shortcut: 'akun-oss',
    title: 'Akun OSS',
    text: 'Untuk mengaktifkan akun OSS, buka tautan verifikasi yang kami kirim ke email Anda. Bila lupa kata sandi, pilih "Lupa Kata Sandi" di halaman masuk oss.go.id.',
  },
  {
    shortcut: 'izin-usaha',
    title: 'Izin usaha',
    text: 'Izin usaha yang Anda perlukan bergantung pada tingkat risiko KBLI Anda. Usaha berisiko rendah cukup dengan NIB; risiko menengah dan tinggi memerlukan Sertifikat Standar atau Izin.',
  },
  {
    shortcut: 'salam-penutup',
    title: 'Salam penutup',
    text: 'Terima kasih telah menghubungi OSS, {{customer.name}}. Semoga membantu! Salam, {{agent.name}}.',
  },
] as const;

/** Adds the development canned responses whose shortcuts are still free; running it again changes nothing. */
export async function seedCannedResponses(em: EntityManager): Promise<void> {
  for (const { shortcut, title, text } of DEVELOPMENT_CANNED_RESPONSES) {
    await em.getConnection().execute(
      `insert into canned_response (id, shortcut, title, text, created_at)
         values (gen_random_uuid(), ?, ?, ?, now())
         on conflict (shortcut) do nothing`,
      [shortcut, title, text],
      'run',
    );
  }
}
