import { readFile } from 'node:fs/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openPglite } from '../../src/load/open-pglite.ts';
import { runStream } from '../../src/pipeline/run-stream.ts';
import { buildStreamReport } from '../../src/pipeline/write-stream-report.ts';

const test = suite('exports/report.html');

test('is exactly what the committed sample produces today (run `npx etlbook run` after a change)', async () => {
  const warehouse = await openPglite(null);
  try {
    await runStream(warehouse, { input: 'data/raw/stream' });
    const html = await buildStreamReport(warehouse, { command: 'etlbook run --input data/raw/stream' });
    const committed = await readFile('exports/report.html', 'utf8');
    assert.ok(html === committed, 'exports/report.html differs from a fresh build: regenerate it with `npx etlbook run`');
  } finally {
    await warehouse.close();
  }
});

test.run();
