/** The offline form's words; Indonesian first, as everywhere in the widget. */
const id = {
  reopens: (when: string) => `Kami buka kembali ${when}`,
  offlineTitle: 'Tinggalkan pesan',
  message: 'Pesan',
  emailRequired: 'Email wajib diisi agar kami bisa membalas.',
  messageRequired: 'Tulis pesan Anda.',
  messageTooLong: 'Pesan paling banyak 5000 karakter.',
  send: 'Kirim pesan',
  sending: 'Mengirim…',
  sent: 'Pesan Anda terkirim',
  sentHint: (email: string) => `Kami akan membalas ke ${email} saat kami buka kembali. Balasan juga muncul di sini.`,
  openConversation: 'Lihat percakapan',
  sendFailed: 'Pesan belum terkirim. Periksa koneksi Anda, lalu coba lagi.',
};

export type OfflineStrings = typeof id;

const en: OfflineStrings = {
  reopens: (when) => `We're back on ${when}`,
  offlineTitle: 'Leave a message',
  message: 'Message',
  emailRequired: 'Please give your email so that we can reply.',
  messageRequired: 'Please write your message.',
  messageTooLong: 'The message can be at most 5000 characters.',
  send: 'Send message',
  sending: 'Sending…',
  sent: 'Your message has been sent',
  sentHint: (email) => `We will reply to ${email} when we are back. The reply shows here too.`,
  openConversation: 'See the conversation',
  sendFailed: 'The message was not sent. Check your connection and try again.',
};

export const offlineStringsFor = (english: boolean): OfflineStrings => (english ? en : id);
