#!/usr/bin/env node
// The published entry point stays plain JavaScript so that `npx etlbook` needs no build step:
// it registers tsx's loader, then hands over to the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
