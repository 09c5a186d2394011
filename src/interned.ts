/**
 * One string for equal texts, up to `max` distinct ones (past it, texts are kept as they are): most
 * answers of a run pass or fail a check for the same reason ("output contains \"refund\""), and each
 * of a large run's outcomes would otherwise hold its own copy of the words.
 */
export class Interned {
  private readonly texts: Shared<string>;

  constructor(max = 10_000) {
    this.texts = new Shared(max);
  }

  intern(text: string): string {
    return this.texts.share(text, text);
  }
}

/**
 * One object for equal values, told apart by a key (up to `max` distinct keys; past it, values are
 * kept as they are). For values never changed once made, such as a check's outcome on an answer:
 * most of a large run's answers pass or fail each check in the same way.
 */
export class Shared<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly max = 10_000) {}

  /** The value first shared under `key`, else `value`. */
  share(value: T, key: string): T {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    if (this.values.size < this.max) this.values.set(key, value);
    return value;
  }
}
