import { createHmac } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createMessage, fromFrames, sign, toFrames } from '../../src/notebook/jupyter-message.ts';

const key = 'a0b1c2d3-secret';
const message = createMessage('execute_request', { code: 'console.log("<é>")' }, { session: 's1', msgId: 'm1', date: '2024-01-01T00:00:00.000Z' });

const signing = suite('sign(key, parts)');

signing('matches an HMAC-SHA256 computed independently over the four parts', () => {
  const parts = ['{"a":1}', '{}', '{}', '{"code":"x"}'];
  const expected = createHmac('sha256', key).update(parts.join('')).digest('hex');
  assert.is(sign(key, parts), expected);
});

signing('is empty when the connection key is empty, as Jupyter does for unsigned kernels', () => {
  assert.is(sign('', ['{}', '{}', '{}', '{}']), '');
});

signing.run();

const framing = suite('toFrames(message, key, identities)');

framing('puts identities, the delimiter, the signature and the four JSON parts in order', () => {
  const frames = toFrames(message, key, [Buffer.from('peer')]);
  assert.equal(frames.map((frame) => frame.toString()).slice(0, 2), ['peer', '<IDS|MSG>']);
  assert.is(frames.length, 7);
  const parts = frames.slice(3).map((frame) => frame.toString());
  assert.equal(JSON.parse(parts[0]!).msg_type, 'execute_request');
  assert.equal(JSON.parse(parts[3]!), { code: 'console.log("<é>")' });
  assert.is(frames[2]!.toString(), createHmac('sha256', key).update(parts.join('')).digest('hex'));
});

framing.run();

const parsing = suite('fromFrames(frames, key)');

parsing('reads back what toFrames wrote, whatever the identities', () => {
  const read = fromFrames(toFrames(message, key, [Buffer.from('a'), Buffer.from('b')]), key);
  assert.equal(read, message);
});

parsing('rejects a message whose content was tampered with', () => {
  const frames = toFrames(message, key);
  frames[5] = Buffer.from(JSON.stringify({ code: 'process.exit(1)' }));
  assert.throws(() => fromFrames(frames, key), /invalid signature/);
});

parsing('rejects a message signed with another key', () => {
  assert.throws(() => fromFrames(toFrames(message, 'other'), key), /invalid signature/);
});

parsing('rejects frames without the <IDS|MSG> delimiter', () => {
  assert.throws(() => fromFrames(toFrames(message, key).slice(1), key), /delimiter/);
});

parsing.run();
