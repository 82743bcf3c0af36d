#!/usr/bin/env node
// The published entry point stays plain JavaScript so that `npx etlbook` needs no build step:
// it registers tsx's loader, then hands over to the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
// `etlbook … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
