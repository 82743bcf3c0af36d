import { etlbookPipelineDfd } from './diagrams/etlbook-pipeline.ts';
import { automationDfd } from './diagrams/stream-automation.ts';
import { streamContextDfd } from './diagrams/stream-context.ts';
import { leadGenerationDfd } from './diagrams/stream-lead-generation.ts';
import { nessyAccountsDfd } from './diagrams/stream-nessy-accounts.ts';
import { storageReportingDfd } from './diagrams/stream-storage-reporting.ts';
import { trialConversionDfd } from './diagrams/stream-trial-conversion.ts';
import type { Dfd } from './model.ts';

/**
 * Every diagram of the project, in reading order: Stream's level-0 diagram, its five level-1
 * diagrams by process number, then etlbook's own pipeline.
 *
 * @example
 * for (const dfd of allDfds) console.log(dfd.name, validateDfd(dfd).length);
 */
export const allDfds: readonly Dfd[] = [
  streamContextDfd,
  leadGenerationDfd,
  trialConversionDfd,
  nessyAccountsDfd,
  storageReportingDfd,
  automationDfd,
  etlbookPipelineDfd,
];
