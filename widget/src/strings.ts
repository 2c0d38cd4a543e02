import type { Locale } from './widget-config';

/** An estimated wait as the visitor reads it: under a minute, whole minutes below an hour, then whole hours. */
export type WaitEstimate = { unit: 'underMinute' } | { unit: 'minutes' | 'hours'; count: number };

export function roundWait(seconds: number): WaitEstimate {
  if (seconds < 60) return { unit: 'underMinute' };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.round(minutes / 60) };
}

const id = {
  openChat: 'Buka obrolan',
  closeChat: 'Tutup obrolan',
  unread: (count: number) => `${count} pesan baru`,
  online: 'Online',
  offline: 'Offline',
  onlineHint: 'Tim kami siap membantu',
  offlineHint: 'Tinggalkan pesan, kami akan membalas',
  reconnecting: 'Menyambungkan kembali…',
  loading: 'Memuat…',
  formIntro: 'Isi data berikut untuk mulai mengobrol dengan tim kami.',
  name: 'Nama',
  email: 'Email',
  phone: 'Telepon',
  required: 'wajib',
  optional: 'opsional',
  start: 'Mulai obrolan',
  starting: 'Memulai…',
  nameRequired: 'Nama wajib diisi.',
  nameTooLong: 'Nama paling banyak 100 karakter.',
  nameInvalid: 'Periksa kembali nama Anda.',
  emailInvalid: 'Email belum benar. Contoh: nama@contoh.id',
  phoneInvalid: 'Nomor telepon belum benar. Contoh: +62 812 3456 7890',
  startFailed: 'Obrolan belum bisa dimulai. Periksa koneksi Anda, lalu coba lagi.',
  conversation: 'Percakapan',
  you: 'Anda',
  agent: 'Agen',
  system: 'Info',
  sending: 'Mengirim…',
  sent: 'Terkirim',
  read: 'Dibaca',
  failed: 'Gagal terkirim',
  retry: 'Coba lagi',
  earlier: 'Tampilkan pesan sebelumnya',
  agentTyping: (name: string | null) => `${name ?? 'Agen'} sedang mengetik…`,
  messageLabel: 'Tulis pesan',
  placeholder: 'Tulis pesan…',
  send: 'Kirim',
  attach: 'Lampirkan berkas',
  dropHere: 'Lepaskan berkas di sini',
  tooLong: 'Pesan paling banyak 5000 karakter.',
  fileTooLarge: (max: string) => `Berkas terlalu besar. Ukuran maksimal ${max}.`,
  fileType: 'Jenis berkas ini tidak bisa dikirim.',
  fileFailed: 'Berkas gagal diunggah.',
  uploading: (percent: number) => `Mengunggah… ${percent}%`,
  download: 'Unduh',
  rateLimited: 'Terlalu banyak pesan. Tunggu sebentar, lalu coba lagi.',
  ended: 'Percakapan telah berakhir',
  blocked: 'Maaf, obrolan tidak tersedia untuk Anda.',
  signInPrompt: 'Silakan masuk ke akun Anda untuk memulai obrolan.',
  endedHint: 'Terima kasih telah menghubungi kami.',
  newChat: 'Mulai percakapan baru',
  agentJoined: (name: string) => `${name} bergabung dalam percakapan`,
  topic: 'Topik',
  topicPrompt: 'Pilih topik…',
  topicRequired: 'Pilih topik pertanyaan Anda.',
  topicGone: 'Topik ini tidak tersedia lagi. Pilih topik lain, lalu coba lagi.',
  queuePlace: (position: number, wait: WaitEstimate | null) =>
    `Anda di antrean ke-${position}` +
    (!wait ? '' : wait.unit === 'underMinute' ? ' · perkiraan kurang dari 1 menit' : ` · perkiraan ${wait.count} ${wait.unit === 'minutes' ? 'menit' : 'jam'}`),
};

export type Strings = typeof id;

const en: Strings = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unread: (count) => `${count} new ${count === 1 ? 'message' : 'messages'}`,
  online: 'Online',
  offline: 'Offline',
  onlineHint: 'Our team is here to help',
  offlineHint: "Leave a message and we'll get back to you",
  reconnecting: 'Reconnecting…',
  loading: 'Loading…',
  formIntro: 'Tell us a little about you to start chatting with our team.',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  required: 'required',
  optional: 'optional',
  start: 'Start chat',
  starting: 'Starting…',
  nameRequired: 'Please enter your name.',
  nameTooLong: 'The name can be at most 100 characters.',
  nameInvalid: 'Please check your name.',
  emailInvalid: 'Please enter a valid email, like name@example.com',
  phoneInvalid: 'Please enter a valid phone number, like +62 812 3456 7890',
  startFailed: 'The chat could not start. Check your connection and try again.',
  conversation: 'Conversation',
  you: 'You',
  agent: 'Agent',
  system: 'Info',
  sending: 'Sending…',
  sent: 'Sent',
  read: 'Read',
  failed: 'Not sent',
  retry: 'Retry',
  earlier: 'Show earlier messages',
  agentTyping: (name) => `${name ?? 'The agent'} is typing…`,
  messageLabel: 'Write a message',
  placeholder: 'Write a message…',
  send: 'Send',
  attach: 'Attach a file',
  dropHere: 'Drop the file here',
  tooLong: 'A message can be at most 5000 characters.',
  fileTooLarge: (max) => `The file is too large. The limit is ${max}.`,
  fileType: 'This type of file cannot be sent.',
  fileFailed: 'The file could not be uploaded.',
  uploading: (percent) => `Uploading… ${percent}%`,
  download: 'Download',
  rateLimited: 'Too many messages. Wait a moment, then try again.',
  ended: 'The conversation has ended',
  blocked: 'Sorry, the chat is not available to you.',
  signInPrompt: 'Please sign in to your account to start a chat.',
  endedHint: 'Thank you for contacting us.',
  newChat: 'Start a new conversation',
  agentJoined: (name) => `${name} joined the conversation`,
  topic: 'Topic',
  topicPrompt: 'Choose a topic…',
  topicRequired: 'Please choose what your question is about.',
  topicGone: 'This topic is no longer available. Choose another one, then try again.',
  queuePlace: (position, wait) =>
    `You are number ${position} in the queue` +
    (!wait
      ? ''
      : wait.unit === 'underMinute'
        ? ' · less than a minute'
        : wait.unit === 'minutes'
          ? ` · about ${wait.count} min`
          : ` · about ${wait.count} ${wait.count === 1 ? 'hour' : 'hours'}`),
};

/** Indonesian unless the page asks for English. */
export const stringsFor = (locale: Locale | undefined): Strings => (locale === 'en' ? en : id);

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
