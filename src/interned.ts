/**
 * One string for equal texts, up to `max` distinct ones (past it, texts are kept as they are): most
 * answers of a run pass or fail a check for the same reason ("output contains \"refund\""), and each
 * of a large run's outcomes would otherwise hold its own copy of the words.
 */
export class Interned {
  private readonly texts = new Map<string, string>();

  constructor(private readonly max = 10_000) {}

  intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < this.max) this.texts.set(text, text);
    return text;
  }
}
