// Writing the reports of a large run: the verdict on N cases (made-up answers, see
// __tests__/helpers/large-run.ts), then results.json and report.html from one masked report, with
// the time of each step and the size of each file.
// Usage: node scripts/run-ts.mjs bench/report-page.ts [cases=1000,10000]
import { buildJsonReport, jsonText } from '../src/report/json.js';
import { renderHtml } from '../src/report/html.js';
import { largeResult } from '../__tests__/helpers/large-run.js';

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

const mb = (text: string): string => `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`;

for (const cases of sizes) {
  const [result, decideMs] = timed(() => largeResult(cases));
  const [report, maskMs] = timed(() => buildJsonReport(result));
  const [json, jsonMs] = timed(() => jsonText(report));
  const [html, htmlMs] = timed(() => renderHtml(report));
  console.log(
    `${cases} cases: verdict ${decideMs.toFixed(0)} ms; masked report ${maskMs.toFixed(0)} ms; ` +
      `results.json ${jsonMs.toFixed(0)} ms, ${mb(json)}; report.html ${htmlMs.toFixed(0)} ms, ${mb(html)}`,
  );
}
