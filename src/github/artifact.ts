import * as core from '@actions/core';
import type { ReportFiles } from '../report/write-reports.js';
import { escapeLog } from '../report/sanitize.js';

/** The artifact's name: the one the workflow's own upload step used to give it (README). */
export const REPORT_ARTIFACT = 'promptgate-report';

/** The report folder as uploaded: the artifact's name and id, and where a reader downloads it. */
export interface UploadedReport {
  name: string;
  id: number;
  /** The artifact's page under the workflow run, when the run's address is known. */
  url?: string;
}

/**
 * Uploads the report folder (report.html, results.json, report.md, junit.xml) as one artifact of
 * the workflow run, through `@actions/artifact` (the library behind actions/upload-artifact). Only
 * a runner has the artifact service; elsewhere, or when the upload fails, the step says why and the
 * verdict stands.
 */
export async function uploadReport(
  files: ReportFiles,
  runUrl: string | undefined,
): Promise<UploadedReport | undefined> {
  const name = REPORT_ARTIFACT;
  // Set by the runner for every JavaScript action; absent under local-action or another CI.
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    core.info('No report artifact: the artifact service is only there on a GitHub Actions runner.');
    return undefined;
  }
  try {
    // Loaded only here: the upload's dependencies (zip, blob storage) stay out of every other run.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const { id } = await new DefaultArtifactClient().uploadArtifact(
      name,
      [files.html, files.json, files.markdown, files.junit],
      files.dir,
    );
    if (id === undefined) throw new Error('the artifact service gave the upload no id');
    core.info(`Report uploaded as artifact ${name} (${id})`);
    return { name, id, url: runUrl && `${runUrl}/artifacts/${id}` };
  } catch (error) {
    core.warning(
      escapeLog(
        `Could not upload the report as artifact ${name} (the verdict stands): ${(error as Error).message}`,
      ),
    );
    return undefined;
  }
}
