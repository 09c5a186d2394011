/**
 * Bounds on the work and memory that a pull request's files (config, prompts, datasets) or a model's
 * answers could otherwise inflate without end. Each is reached with an error that names the file
 * (and line) before any provider call, or ends one call as a provider error; README "Limits" lists
 * them for users.
 */

/** Times one case is replayed per version: past a few dozen the statistics no longer change. */
export const MAX_REPEATS = 100;

/** Provider calls in flight at once: more only trips rate limits and holds more answers in memory. */
export const MAX_CONCURRENCY = 64;

/** Retries of one call: with exponential backoff, more would outlast any job's time limit. */
export const MAX_RETRIES = 10;

/** Per-attempt timeout: ten minutes covers the slowest reasoning models. */
export const MAX_TIMEOUT_MS = 600_000;

/**
 * Calls in one run's plan (cases x repeats x versions, over every prompt): 100,000 cases of an edited
 * prompt. Checked before the plan is built, so `repeats` times a large dataset never allocates. A
 * run at this limit with short answers, writing its report folder (results.json 324 MB), peaked at
 * about 800 MB on Node 20 (bench/scale.ts); a longer run is split over shards.
 */
export const MAX_PLANNED_CALLS = 200_000;

/**
 * Calls of a plan split over shards: each shard still makes at most `MAX_PLANNED_CALLS`, but the
 * plan and merge runs plan it whole, and each shard reads and renders every case for the digest the
 * shards must agree on (125,000 cases of an edited prompt).
 */
export const MAX_SHARDED_PLAN_CALLS = 250_000;

/**
 * Characters of rendered messages over the plan's distinct requests (each case rendered once per
 * version): a large template times many cases would otherwise fill memory, and every one is
 * token-counted before the first call. A run stopped at this limit peaked at about 300 MB.
 */
export const MAX_PLAN_CHARS = 32 * 1024 * 1024;

/** Cases one prompt may have, over all its datasets. */
export const MAX_CASES_PER_PROMPT = 100_000;

/**
 * Bytes of dataset rows one prompt may read, over all its datasets. Parsed rows take two to three
 * times their text in memory; a 200 MB dataset stopped here peaked at about 200 MB.
 */
export const MAX_DATASET_BYTES_PER_PROMPT = 32 * 1024 * 1024;

/** One dataset row: a JSONL line or a CSV record (a quoted cell may span lines). */
export const MAX_ROW_BYTES = 1024 * 1024;

/**
 * Files parsed whole rather than streamed: the config, prompt files, YAML and JSON datasets. A YAML
 * syntax tree takes over a hundred times its text (1 MB of YAML measured 130 MB and 4 s to parse);
 * larger datasets belong in JSONL, which is streamed.
 */
export const MAX_WHOLE_FILE_BYTES = 1024 * 1024;

/**
 * Alias nodes a YAML document may resolve, as the `yaml` package counts them (its own default): a
 * few anchors reused many times are fine, while nested aliases (an "alias bomb") expand
 * exponentially.
 */
export const MAX_YAML_ALIAS_COUNT = 100;

/**
 * Size of a `regex` check's compiled program (RE2's measure of a pattern's cost). RE2 runs in time
 * linear in the answer, but the factor is this size.
 */
export const MAX_REGEX_PROGRAM_SIZE = 1_000;

/**
 * Answer characters times program size that one `regex` check may scan: about half a second in the
 * worst case measured (RE2's NFA, when its DFA gives up); a typical pattern (size 10 to 50) still
 * checks answers of 400,000 characters or more. Past it the check is undecided, never a guess.
 */
export const MAX_REGEX_WORK = 20_000_000;

/** Bytes of one provider response (whole or streamed): far beyond any model's longest answer. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * Completion tokens one answer may claim when the request set no `max_tokens`: twice the longest
 * output any current model offers (128K).
 */
export const MAX_COMPLETION_TOKENS = 262_144;

/**
 * Input tokens one request may be billed, per byte of its messages: a token is at least one byte of
 * text in every current tokenizer, so four is generous; `PROMPT_TOKENS_MARGIN` covers message
 * framing and any system text a provider adds.
 */
export const PROMPT_TOKENS_PER_BYTE = 4;

/** Tokens a provider may bill beyond the request's own text (framing, a hidden system prompt). */
export const PROMPT_TOKENS_MARGIN = 4_096;

/**
 * Characters of one answer the model-based PII readers (compromise for names, libphonenumber for
 * phones) read: they cost 10 to 25 µs a character, so a 4 MiB answer would take a minute. Past it,
 * the pattern detectors (cards, IBANs, emails, SSNs, phones with separators) still read everything.
 */
export const MAX_MODEL_PII_CHARS = 100_000;

// Bounds on rendering one Prompty body, which the pull request writes: without them a loop over
// `range(10**9)` or a list doubled in a loop fills memory, and loops inside loops run for hours.
// They hold wherever the interpreter evaluates an expression; a loop whose body is only literal
// text is bounded by `range` alone.

/** Expressions evaluated in one rendering: real templates take a few thousand, and a million take about a second. */
export const MAX_RENDER_STEPS = 1_000_000;

/** Items of one list in a template, as Jinja2's sandbox (Prompty's Python runtime) caps `range`. */
export const MAX_RENDER_ITEMS = 100_000;

/** Characters of one value in a template: four times the largest dataset row. */
export const MAX_RENDER_CHARS = 4 * 1024 * 1024;
