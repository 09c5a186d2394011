import sourceMapSupport from 'source-map-support';

/**
 * An unexpected error's stack, naming src/ files and lines through dist's source maps. The maps are
 * read here, when a stack is printed, and not installed for the whole run: libraries format stacks in
 * passing (undici's web streams do, on every run), and each time the maps were read, about 30 MB of
 * mappings stayed in memory for the rest of the run. V8 formats a stack when it is first read, so an
 * error whose stack nothing read before names src/ lines.
 */
export function mappedStack(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  sourceMapSupport.install();
  return error.stack ?? String(error);
}
