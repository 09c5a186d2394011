/**
 * GitHub platform limits, in one place. GitHub rejects (or, for the job summary, silently drops)
 * anything larger, so every renderer and adapter sizes its output against these.
 */

/** Longest issue or PR comment body the API accepts ("body is too long (maximum is 65536 characters)"). */
export const COMMENT_MAX_CHARS = 65_536;

/** Largest job summary per step; the runner drops a bigger one and `@actions/core` does not check. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

/** Longest check run `output.summary` and `output.text` the Checks API accepts. */
export const CHECK_RUN_TEXT_MAX_CHARS = 65_535;

/** Longest check run `output.title` and annotation `title` the Checks API accepts. */
export const CHECK_RUN_TITLE_MAX_CHARS = 255;

/** The Checks API takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Annotations we send per check run: each batch of 50 is one request, and a reviewer reads the
 * first screenful, so past this many the rest stay in the report.
 */
export const MAX_ANNOTATIONS = 500;

/** The PR files API lists at most 3,000 files; past that only `git diff` sees the whole change. */
export const PR_FILES_CAP = 3_000;

/** Largest page size the PR files and issue comments APIs accept. */
export const PER_PAGE = 100;

/** Cuts `text` to `max` characters, ending with `note` so the reader knows something is missing. */
export function fitToLimit(text: string, max: number, note: string): string {
  if (text.length <= max) return text;
  let end = max - note.length;
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end) + note;
}
