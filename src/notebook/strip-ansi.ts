/**
 * Removes ANSI colour and cursor escape sequences, which kernels put in tracebacks.
 * @param text Terminal text.
 * @returns The text without escape sequences.
 * @example
 * stripAnsi('\u001b[31mError\u001b[0m'); // 'Error'
 */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007/g, '');
}
