import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Call = { method: string; payload: Record<string, any> };

const botUser = { id: 7000001, is_bot: true, first_name: 'Birge', username: 'birge_test_bot' };

async function body(request: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString();
  if (!text) return {};
  if ((request.headers['content-type'] ?? '').includes('json')) return JSON.parse(text);
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * A local HTTP server that speaks the parts of the Telegram Bot API the bot uses. Updates are fed through
 * `getUpdates` (long polling); every call is recorded. Never the real Telegram.
 */
export async function startFakeTelegram(token: string) {
  const calls: Call[] = [];
  const queue: Record<string, any>[] = [];
  let lastOffset = 0;
  let messageId = 1000;
  const files = new Map<string, { path: string; bytes: Buffer }>();

  const reply = (result: unknown) => JSON.stringify({ ok: true, result });
  const message = (payload: Record<string, any>) => ({
    message_id: ++messageId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: Number(payload.chat_id), type: 'private' },
    from: botUser,
    text: payload.text ?? '',
  });

  const server: Server = createServer(async (request, response) => {
    const url = request.url ?? '';
    const fileMatch = url.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (fileMatch) {
      const file = [...files.values()].find((f) => f.path === fileMatch[2]);
      if (fileMatch[1] !== token || !file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'audio/ogg' }).end(file.bytes);
      return;
    }
    const match = url.match(/^\/bot([^/]+)\/(\w+)/);
    if (!match || match[1] !== token) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
      return;
    }
    const method = match[2] ?? '';
    const payload = await body(request);
    calls.push({ method, payload });
    response.setHeader('content-type', 'application/json');
    switch (method) {
      case 'getMe':
        return response.end(reply(botUser));
      case 'getUpdates': {
        lastOffset = Number(payload.offset ?? 0);
        const due = () => queue.filter((u) => u.update_id >= lastOffset);
        for (let waited = 0; due().length === 0 && waited < 500 && server.listening; waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return response.end(reply(due()));
      }
      case 'sendMessage':
      case 'sendAudio':
        return response.end(reply(message(payload)));
      case 'editMessageText':
        return response.end(reply({ ...message(payload), message_id: Number(payload.message_id) }));
      case 'getFile': {
        const file = files.get(String(payload.file_id));
        if (!file) {
          return response.end(JSON.stringify({ ok: false, error_code: 400, description: 'file not found' }));
        }
        return response.end(
          reply({ file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_path: file.path }),
        );
      }
      default:
        // answerCallbackQuery, editMessageReplyMarkup, setMyCommands, deleteWebhook, setWebhook…
        return response.end(reply(true));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined && found !== false) return found;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  let updateId = 1;
  return {
    url,
    calls,
    waitFor,
    addFile(fileId: string, path: string, bytes: Buffer) {
      files.set(fileId, { path, bytes });
    },
    /** Feeds one update through getUpdates and waits until the bot asked for the next one: it was handled. */
    async send(update: Record<string, any>) {
      const id = updateId++;
      queue.push({ update_id: id, ...update });
      await waitFor(() => lastOffset > id || undefined, `update ${id} to be handled`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;

/** A person in a private chat, writing in the Telegram app's language. */
export function person(id: number, firstName: string, languageCode: string) {
  const from = { id, is_bot: false, first_name: firstName, language_code: languageCode };
  const chat = { id, type: 'private' as const, first_name: firstName };
  let messageId = 1;
  const base = () => ({ message_id: messageId++, date: Math.floor(Date.now() / 1000), chat, from });
  return {
    id,
    command: (name: string) => ({
      message: {
        ...base(),
        text: `/${name}`,
        entities: [{ type: 'bot_command', offset: 0, length: name.length + 1 }],
      },
    }),
    text: (text: string) => ({ message: { ...base(), text } }),
    voice: (fileId: string, caption?: string) => ({
      message: {
        ...base(),
        voice: { file_id: fileId, file_unique_id: `u-${fileId}`, duration: 7, mime_type: 'audio/ogg' },
        ...(caption ? { caption } : {}),
      },
    }),
    press: (data: string, onMessageId = 1) => ({
      callback_query: {
        id: `cb-${id}-${messageId++}`,
        from,
        chat_instance: `ci-${id}`,
        data,
        message: {
          message_id: onMessageId,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: botUser,
          text: '…',
        },
      },
    }),
  };
}
