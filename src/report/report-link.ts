import { inlineCode } from './sanitize.js';

/**
 * The line of the comment and the job summary that leads to report.html: every case side by side,
 * with its trace. `url` is the artifact's page under the workflow run, built from the runner's own
 * addresses; anything but a plain https address is named, not linked.
 */
export function reportLink(artifactName: string, url: string): string {
  const where = /^https:\/\/[^\s<>]+$/.test(url) ? `[report.html](<${url}>)` : 'report.html';
  return `📄 Every case side by side, with the trace behind each answer: ${where} in artifact ${inlineCode(artifactName)}`;
}
