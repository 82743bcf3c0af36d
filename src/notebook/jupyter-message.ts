import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** The Jupyter messaging protocol version this client speaks. */
export const PROTOCOL_VERSION = '5.3';

/** The frame that separates ZeroMQ routing identities from the signed message. */
export const DELIMITER = '<IDS|MSG>';

/** A message header, as defined by the Jupyter messaging protocol 5.x. */
export interface MessageHeader {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

/** A Jupyter message with its four signed parts. */
export interface JupyterMessage<Content = Record<string, unknown>> {
  header: MessageHeader;
  /** The header of the request this message answers, or `{}`. */
  parent_header: Partial<MessageHeader>;
  metadata: Record<string, unknown>;
  content: Content;
}

/** Options for {@link createMessage}. */
export interface CreateMessageOptions {
  /** The session id shared by every message of one client [=a random UUID]. */
  session?: string;
  /** [='etlbook'] */
  username?: string;
  /** [=a random UUID] */
  msgId?: string;
  /** [=now, ISO 8601] */
  date?: string;
}

/**
 * Builds a request message with a fresh header.
 * @param msgType The message type, e.g. `execute_request`.
 * @param content The message content.
 * @param options Session, username, id and date.
 * @returns The message, ready for {@link toFrames}.
 * @example
 * const msg = createMessage('execute_request', { code: '1 + 1' }, { session });
 */
export function createMessage<Content>(
  msgType: string,
  content: Content,
  { session = randomUUID(), username = 'etlbook', msgId = randomUUID(), date = new Date().toISOString() }: CreateMessageOptions = {},
): JupyterMessage<Content> {
  return {
    header: { msg_id: msgId, msg_type: msgType, session, username, date, version: PROTOCOL_VERSION },
    parent_header: {},
    metadata: {},
    content,
  };
}

/**
 * Computes the HMAC-SHA256 signature of the four serialized message parts.
 * @param key The `key` from the connection file; an empty key disables signing.
 * @param parts Serialized header, parent_header, metadata and content, in that order.
 * @returns The hex digest, or `''` when the key is empty.
 * @example
 * const signature = sign(key, [header, parent, metadata, content]);
 */
export function sign(key: string, parts: readonly (string | Buffer)[]): string {
  if (key === '') return '';
  const hmac = createHmac('sha256', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest('hex');
}

/**
 * Serializes and signs a message into the frames sent over a ZeroMQ socket.
 * @param message The message to send.
 * @param key The connection key used for the signature.
 * @param identities ZeroMQ routing identities to put before the delimiter [=none].
 * @returns The frames: identities, `<IDS|MSG>`, signature, header, parent_header, metadata, content.
 * @example
 * await dealer.send(toFrames(createMessage('kernel_info_request', {}), key));
 */
export function toFrames(message: JupyterMessage<unknown>, key: string, identities: readonly Buffer[] = []): Buffer[] {
  const parts = [message.header, message.parent_header, message.metadata, message.content].map((part) =>
    Buffer.from(JSON.stringify(part), 'utf8'),
  );
  return [...identities, Buffer.from(DELIMITER), Buffer.from(sign(key, parts)), ...parts];
}

/**
 * Parses frames received from a kernel and verifies their signature.
 * @param frames The raw frames of one multipart message.
 * @param key The connection key the signature must match.
 * @returns The decoded message.
 * @throws When the delimiter is missing, parts are missing, or the signature does not match.
 * @example
 * const reply = fromFrames(await dealer.receive(), key);
 */
export function fromFrames<Content = Record<string, unknown>>(frames: readonly Buffer[], key: string): JupyterMessage<Content> {
  const at = frames.findIndex((frame) => frame.toString('utf8') === DELIMITER);
  if (at < 0) throw new Error('Jupyter message without <IDS|MSG> delimiter');
  const signature = frames[at + 1];
  const parts = frames.slice(at + 2, at + 6);
  if (signature === undefined || parts.length < 4) throw new Error('Jupyter message with missing parts');
  const expected = Buffer.from(sign(key, parts));
  // Constant-time comparison, so that a forged signature cannot be guessed byte by byte.
  if (expected.length !== signature.length || !timingSafeEqual(expected, signature)) {
    throw new Error('Jupyter message with an invalid signature');
  }
  const [header, parentHeader, metadata, content] = parts.map((part) => JSON.parse(part.toString('utf8')));
  return { header, parent_header: parentHeader, metadata, content };
}
