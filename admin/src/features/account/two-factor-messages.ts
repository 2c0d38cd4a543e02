import { useI18n } from '../i18n/i18n';
import { format, type Locale } from '../i18n/messages';

// The account screen's two-step verification words live with its lazy chunk rather than in the
// shared dictionary, which every first visit downloads (see admin/test/bundle-size.test.ts).
const id = {
  title: 'Verifikasi dua langkah',
  off: 'Belum aktif. Bila aktif, masuk ke konsol meminta kode dari aplikasi autentikator di ponsel Anda selain kata sandi.',
  on: 'Aktif. Masuk ke konsol meminta kode dari aplikasi autentikator Anda.',
  start: 'Siapkan verifikasi dua langkah',
  scan: 'Pindai kode QR ini dengan aplikasi autentikator (misalnya Google Authenticator, Aegis atau 2FAS), atau ketik kunci rahasianya. Lalu masukkan kode yang tampil di aplikasi.',
  qr: 'Kode QR untuk aplikasi autentikator',
  secret: 'Kunci rahasia',
  code: 'Kode dari aplikasi',
  confirm: 'Aktifkan',
  cancel: 'Batal',
  codeMissing: 'Isi kode dari aplikasi autentikator.',
  codeWrong: 'Kode salah atau sudah dipakai. Masukkan kode yang tampil sekarang.',
  recoveryTitle: 'Kode pemulihan',
  recoveryBody: 'Verifikasi dua langkah aktif. Simpan kode-kode ini di tempat aman: masing-masing bisa dipakai sekali untuk masuk bila ponsel Anda hilang. Kode ini hanya ditampilkan sekarang.',
  copy: 'Salin kode',
  copied: 'Kode disalin.',
  copyByHand: 'Tidak bisa menyalin otomatis; pilih kodenya lalu salin sendiri.',
  download: 'Unduh kode',
  fileTitle: 'Kode pemulihan Livechat OSS untuk {email}. Masing-masing bisa dipakai sekali.',
  done: 'Sudah saya simpan',
  disableCode: 'Kode verifikasi atau kode pemulihan',
  disable: 'Nonaktifkan verifikasi dua langkah',
  disabled: 'Verifikasi dua langkah dinonaktifkan.',
};

const en: Record<keyof typeof id, string> = {
  title: 'Two-step verification',
  off: 'Off. When on, signing in to the console asks for a code from the authenticator app on your phone as well as your password.',
  on: 'On. Signing in to the console asks for a code from your authenticator app.',
  start: 'Set up two-step verification',
  scan: 'Scan this QR code with an authenticator app (Google Authenticator, Aegis or 2FAS, for example), or type in its secret key. Then enter the code the app shows.',
  qr: 'QR code for the authenticator app',
  secret: 'Secret key',
  code: 'Code from the app',
  confirm: 'Turn on',
  cancel: 'Cancel',
  codeMissing: 'Enter the code from your authenticator app.',
  codeWrong: 'The code is wrong or was used already. Enter the code shown now.',
  recoveryTitle: 'Recovery codes',
  recoveryBody: 'Two-step verification is on. Keep these codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.',
  copy: 'Copy codes',
  copied: 'Codes copied.',
  copyByHand: 'Could not copy automatically; select the codes and copy them yourself.',
  download: 'Download codes',
  fileTitle: 'Livechat OSS recovery codes for {email}. Each can be used once.',
  done: 'I have saved them',
  disableCode: 'Verification code or recovery code',
  disable: 'Turn off two-step verification',
  disabled: 'Two-step verification turned off.',
};

const dictionaries: Record<Locale, Record<keyof typeof id, string>> = { id, en };

export type TwoFactorMessageKey = keyof typeof id;

/** `t` for the two-factor section, in the console's current language. */
export function useTwoFactorMessages() {
  const { locale } = useI18n();
  return (key: TwoFactorMessageKey, params?: Record<string, string | number>) => format(dictionaries[locale][key], params);
}
