// Types for the plain ESM helper, which scripts/example.mjs runs without a TypeScript step.

/** Builds a throwaway git repository from the bundled example (base, then head); returns its path. */
export function makeExampleRepo(example?: string): string;
