// Types for the plain ESM build helper, which scripts/bundle.mjs runs without a TypeScript step.

/** report.html's script and style sheet, as text to inline. */
export interface PageAssets {
  script: string;
  style: string;
}

/** Builds the page's script and style sheet from src/report/html/page/. */
export function buildPage(): PageAssets;
