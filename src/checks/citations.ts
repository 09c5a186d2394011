/**
 * `citations`: when the answer cites its sources (`[1]`, `[doc-2]`, `(source: faq)`), every cited
 * id must exist in the case's context, and the cited passage must support the sentence that cites
 * it (grounding against that passage alone). An invented citation fails and is named. Context
 * passages are `{ id, text }` objects, or strings cited by their 1-based position.
 */
import { minScore } from './options.js';
import { defineCheck } from './types.js';
import { DEFAULT_GROUNDING_MIN, groundingScore } from './grounding.js';
import { toPassages } from './text/passages.js';
import { splitSentences } from './text/tokens.js';

/** One citation found in the answer: the id, and the sentence that made it. */
export interface Citation {
  id: string;
  sentence: string;
}

/** `[1]`, `[1, 2]`, `[doc-2]`, `(source: faq)`, `(sources: a, b)`. Markdown links `[x](url)` are not citations. */
/** A source list is short; unbounded, each `(source:` of a list never closed would be read to the end of the answer. */
const CITATION_PATTERN = /\[([\w.:-]+(?:\s*,\s*[\w.:-]+)*)\](?!\()|\(sources?:\s*([^)]{1,500})\)/gi;

/** The citations in `answer`, each with the sentence it sits in. */
export function findCitations(answer: string): Citation[] {
  return splitSentences(answer).flatMap((sentence) =>
    [...sentence.matchAll(CITATION_PATTERN)].flatMap((match) =>
      (match[1] ?? match[2]).split(',').map((id) => ({ id: id.trim(), sentence })),
    ),
  );
}

/** `citations`: fails on a cited id the context does not have, or a passage that does not support its sentence. */
export const citations = defineCheck<{ min: number; required: boolean }>({
  name: 'citations',
  description: 'every source the answer cites exists in the context and supports its sentence',
  options: {
    properties: {
      min: minScore(DEFAULT_GROUNDING_MIN, 'grounding of a sentence in the passage it cites'),
      required: { type: 'boolean', default: false, description: 'An answer that cites nothing fails.' },
    },
  },
  handler: (ctx, { min, required }) => {
    const passages = new Map(
      toPassages(ctx.case.context).map((passage) => [passage.id.toLowerCase(), passage.text]),
    );
    const cited = findCitations(ctx.output);
    if (cited.length === 0) {
      return {
        pass: !required,
        score: required ? 0 : 1,
        reason: `citations: the answer cites no source${required ? ' (required)' : ''}`,
      };
    }
    const invented = cited.filter((citation) => !passages.has(citation.id.toLowerCase()));
    // A sentence citing many sources (`[1][1][1]...`) is graded once per passage, not once per citation.
    const grades = new Map<string, Map<string, boolean>>();
    const unsupported = cited.filter((citation) => {
      const id = citation.id.toLowerCase();
      const text = passages.get(id);
      if (text === undefined) return false;
      const bySentence = grades.get(citation.sentence) ?? new Map<string, boolean>();
      grades.set(citation.sentence, bySentence);
      if (!bySentence.has(id)) {
        const claim = citation.sentence.replace(CITATION_PATTERN, '');
        bySentence.set(id, groundingScore(claim, text).score < min);
      }
      return bySentence.get(id) === true;
    });
    const good = cited.length - invented.length - unsupported.length;
    const problems = [
      invented.length > 0
        ? `invented: ${[...new Set(invented.map((c) => `[${c.id}]`))].join(', ')} not in the context`
        : '',
      unsupported.length > 0
        ? `not supported by the cited passage: ${unsupported.map((c) => `[${c.id}]`).join(', ')}`
        : '',
    ].filter(Boolean);
    return {
      pass: problems.length === 0,
      score: good / cited.length,
      reason:
        `citations: ${good} of ${cited.length} citations exist and support their sentence (grounding >= ${min})` +
        (problems.length > 0 ? `; ${problems.join('; ')}` : ''),
      evidence: (invented[0] ?? unsupported[0])?.sentence,
    };
  },
});
