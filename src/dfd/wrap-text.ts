/**
 * Breaks text into lines of at most `width` characters at spaces, so that long labels make
 * taller boxes rather than wide ones. A word longer than `width` keeps a line of its own.
 *
 * @param text - Text with single spaces between words.
 * @param width - The widest line, in characters.
 * @returns The lines, without trailing spaces.
 * @example
 * wrapText('Generate and enrich leads', 14); // ['Generate and', 'enrich leads']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
