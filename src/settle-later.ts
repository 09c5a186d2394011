/**
 * Returns `promise`, marked as handled: it may reject before it is awaited (work started early to
 * overlap other work) without ending the process as an unhandled rejection. The rejection still
 * reaches whoever awaits it.
 */
export function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
