import { registerCustomer, type Actor } from './actors';
import { CloseChatSession, SendMessage, StartChatSession } from './operations';
import { graphqlRequest } from './test-app';
import { multipartRequest } from './upload';

const SEND_FILE = `
  mutation SendCustomerFile($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) { id file { id size } }
  }`;

export interface ChatFixture {
  customer: Actor;
  chatId: string;
  fileId: string | null;
}

export interface ChatFixtureInput {
  customer?: Actor;
  name?: string;
  email?: string;
  /** The visitor's first message. */
  text: string;
  /** The agent's reply. */
  reply?: string;
  /** The content of a text file the visitor sends. */
  fileText?: string;
  /** The file's name; `berkas-izin.txt` by default. */
  filename?: string;
  close?: boolean;
}

async function required<T>(response: Promise<{ data?: T | null; errors?: unknown }>, what: string): Promise<T> {
  const { data, errors } = await response;
  if (!data) throw new Error(`${what} failed: ${JSON.stringify(errors)}`);
  return data;
}

/** A visitor's chat through the API: its message, the agent's reply, a file, and a close. */
export async function chatThroughApi(url: string, admin: Actor, input: ChatFixtureInput): Promise<ChatFixture> {
  const customer: Actor = input.customer ?? (await registerCustomer(url, input.name ?? 'Pengunjung', input.email));
  const started = await required(graphqlRequest(url, StartChatSession, { input: { message: input.text } }, customer.token), 'startChatSession');
  const chatId = started.startChatSession.id;
  if (input.reply) await required(graphqlRequest(url, SendMessage, { input: { sessionId: chatId, text: input.reply } }, admin.token), 'sendMessage');
  let fileId: string | null = null;
  if (input.fileText) {
    const sent = await multipartRequest(
      url,
      SEND_FILE,
      { input: { sessionId: chatId, file: null } },
      'variables.input.file',
      { content: new TextEncoder().encode(input.fileText), filename: input.filename ?? 'berkas-izin.txt', type: 'text/plain' },
      { token: customer.token },
    );
    const data = sent.data as { sendFileMessage: { file: { id: string } } } | null | undefined;
    if (!data) throw new Error(`sendFileMessage failed: ${JSON.stringify(sent.errors)}`);
    fileId = data.sendFileMessage.file.id;
  }
  if (input.close ?? true) await required(graphqlRequest(url, CloseChatSession, { id: chatId }, admin.token), 'closeChatSession');
  return { customer, chatId, fileId };
}
