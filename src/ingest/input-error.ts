/**
 * A fatal problem with the input: a missing file, a missing column, unreadable CSV.
 * It names the file and, where it can, the line and column, so a user can go straight there.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The message without the place: what is wrong. */
  readonly detail: string;

  /**
   * @param file the file's path as the user gave it
   * @param message what is wrong, in one sentence
   * @param position the 1-based line and column, when known
   */
  constructor(file: string, message: string, position: { line?: number; column?: number } = {}) {
    const where = [file, position.line, position.column].filter((part) => part !== undefined).join(':');
    super(`${where}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.line = position.line;
    this.column = position.column;
    this.detail = message;
  }
}
