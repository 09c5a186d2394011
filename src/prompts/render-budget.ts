import { MAX_RENDER_CHARS, MAX_RENDER_STEPS } from '../limits.js';

/** Characters the blocks of one rendering may write, nested blocks counted each time: a few results' worth. */
const RENDER_WORK_CHARS = 8 * MAX_RENDER_CHARS;

/**
 * What one rendering of a template a pull request wrote may do: the steps it takes (expressions,
 * and each block it renders, a loop's body each time round, literal text or empty) and the text its
 * blocks write in all. No loop of loops runs for hours, and none fills memory before it ends.
 */
export class RenderBudget {
  private steps = 0;
  private written = 0;

  step(): void {
    if (++this.steps > MAX_RENDER_STEPS)
      throw new Error(`rendering takes more than ${MAX_RENDER_STEPS.toLocaleString('en-US')} steps`);
  }

  /** A block's text, counted again in the block around it: the bound is on work, not on the result. */
  wrote(text: string): string {
    this.written += text.length;
    if (this.written > RENDER_WORK_CHARS)
      throw new Error(
        `rendering writes more than ${RENDER_WORK_CHARS.toLocaleString('en-US')} characters over its loops`,
      );
    return text;
  }
}
