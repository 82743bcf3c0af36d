// The public surface of the data-flow diagrams, for the CLI, the report and the notebooks.
export type { DataFlow, DataStore, Dfd, DfdLayout, DfdNode, DfdNodeKind, DfdParent, ExternalEntity, Process } from './model.ts';
export { validateDfd, assertValidDfd, type DfdIssue, type DfdRule } from './validate-dfd.ts';
export { checkBalance } from './check-balance.ts';
export { describeNode, kindName } from './describe-node.ts';
export { toDot, type ToDotOptions } from './to-dot.ts';
export { renderDfdSvg, type RenderDfdSvgOptions } from './render-svg.ts';
export { renderDfdPng, type RenderDfdPngOptions } from './render-png.ts';
export { toDfdGlossary, type DfdGlossaryOptions } from './glossary.ts';
export { writeDfds, type WriteDfdsOptions } from './write-dfds.ts';
export { DFD_FONT_FAMILY, dfdFontFiles } from './font.ts';
export { allDfds } from './all-dfds.ts';
export { streamContextDfd } from './diagrams/stream-context.ts';
export { leadGenerationDfd } from './diagrams/stream-lead-generation.ts';
export { trialConversionDfd } from './diagrams/stream-trial-conversion.ts';
export { nessyAccountsDfd } from './diagrams/stream-nessy-accounts.ts';
export { storageReportingDfd } from './diagrams/stream-storage-reporting.ts';
export { automationDfd } from './diagrams/stream-automation.ts';
export { etlbookPipelineDfd } from './diagrams/etlbook-pipeline.ts';
