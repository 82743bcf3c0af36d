import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeCategory } from '../../src/op/normalize-category.ts';
import type { Category } from '../../src/contract/stream.ts';

const test = suite('normalizeCategory(text)');

const known: Array<[string, Category]> = [
  ['Chat', 'Chat'],
  ['chat', 'Chat'],
  ['CHAT', 'Chat'],
  ['Feeds', 'Feeds'],
  ['Video', 'Video'],
  ['Moderation', 'Moderation'],
  ['mOdErAtIoN', 'Moderation'],
  ['Chat Messaging', 'Chat'],
  ['chat messaging', 'Chat'],
  ['Activity Feeds', 'Feeds'],
  ['ACTIVITY FEEDS', 'Feeds'],
  ['Video & Audio', 'Video'],
  ['video & audio', 'Video'],
  ['Video and Audio', 'Video'],
  ['VIDEO AND AUDIO', 'Video'],
];

const unknown: Array<string | null> = [
  null,
  '',
  'Unknown',
  'Voice',
  'Feed',
  'Chats',
  'Video&Audio',
  'Video + Audio',
  'Audio',
  'Chat Messaging Pro',
  'Messaging',
];

for (const [text, category] of known) {
  test(`maps ${JSON.stringify(text)} to ${category}`, () =>
    assert.equal(normalizeCategory(text), { category, known: true }));
}
for (const text of unknown) {
  test(`makes ${JSON.stringify(text)} Unknown`, () => {
    assert.equal(normalizeCategory(text), { category: 'Unknown', known: false });
  });
}

test.run();
