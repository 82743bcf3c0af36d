/** The Stream data generator's public API. */
export { generateStream, type GenerateSummary } from './write-stream-files.ts';
export {
  DEFAULT_GENERATE_OPTIONS,
  FX_FIRST_MONTH,
  FX_LAST_MONTH,
  GenerateOptionsError,
  resolveGenerateOptions,
  type GenerateOptions,
} from './options.ts';
export { fxRates, toFxRatesLines, type FxRate } from './fx-rates.ts';
export { createRandom, type Random } from './random.ts';
export type { FileStats } from './mess/fault-plan.ts';
