import { closeSync, openSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { textRuns } from '../text-file.js';
import { defuseCommands } from './sanitize.js';

/**
 * Prints a report file already written (report.md) to `out` with workflow commands defused and a
 * closing line break: the same text as printing `defuseCommands` of the whole file, read
 * (`textRuns`) and defused a run of whole lines at a time. Rendered a second time for stdout, a run
 * of 100,000 failing cases made its text (up to 4 M characters) and copies of it on top of
 * everything the reports had left: 340 MB against the reports' 301.
 */
export async function printDefused(file: string, out: Writable): Promise<void> {
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const fd = openSync(file, 'r');
  try {
    let rest = '';
    for (const run of textRuns(fd)) {
      const text = rest + run;
      // Whole lines only: a workflow command is read at a line's start, and a run starts at one.
      const end = text.lastIndexOf('\n') + 1;
      rest = text.slice(end);
      if (end > 0) await write(defuseCommands(text.slice(0, end)));
    }
    await write(`${defuseCommands(rest)}\n`);
  } finally {
    closeSync(fd);
  }
}
