// Text relevance as the cosine of TF-IDF vectors over the words lib/search segments a text into
// (jieba). The IDF is the corpus's: a word most vendors use ("人工智能", "平台") says little.

/** A document's words with their counts. */
export type TermCounts = ReadonlyMap<string, number>;

/** A unit-length TF-IDF vector. */
export type TermVector = ReadonlyMap<string, number>;

/** Whether a term has more than one character (code point), without spreading it into one. */
function longerThanOneCharacter(term: string): boolean {
  if (term.length !== 2) return term.length > 2;
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  const surrogatePair = first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
  return !surrogatePair;
}

/** Words that carry no meaning on their own: one character, or only digits. */
const meaningful = (term: string) => longerThanOneCharacter(term) && !/^\d+$/.test(term);

export function countTerms(tokens: Iterable<string>): TermCounts {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (meaningful(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** Inverse document frequencies of a corpus (BM25's, which never goes negative). */
export class Idf {
  private readonly documentCount: number;
  private readonly frequencies = new Map<string, number>();

  constructor(documents: Iterable<TermCounts>) {
    let count = 0;
    for (const document of documents) {
      count++;
      for (const term of document.keys()) {
        this.frequencies.set(term, (this.frequencies.get(term) ?? 0) + 1);
      }
    }
    this.documentCount = count;
  }

  of(term: string): number {
    const df = this.frequencies.get(term) ?? 0;
    return Math.log(1 + (this.documentCount - df + 0.5) / (df + 0.5));
  }

  private weight(term: string, count: number): number {
    return (1 + Math.log(count)) * this.of(term);
  }

  vector(counts: TermCounts): TermVector {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of counts) {
      const weight = this.weight(term, count);
      weights.set(term, weight);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    for (const [term, weight] of weights) weights.set(term, weight / length);
    return weights;
  }

  /**
   * `compareVectors(query, this.vector(counts)).cosine`, the same number (the same products
   * summed in the same order), without building the vector: for scoring many candidates.
   */
  cosine(query: TermVector, counts: TermCounts): number {
    let norm = 0;
    for (const [term, count] of counts) {
      const weight = this.weight(term, count);
      norm += weight * weight;
    }
    const length = Math.sqrt(norm) || 1;
    let cosine = 0;
    if (query.size <= counts.size) {
      for (const [term, weight] of query) {
        const count = counts.get(term);
        if (count !== undefined) cosine += weight * (this.weight(term, count) / length);
      }
    } else {
      for (const [term, count] of counts) {
        const other = query.get(term);
        if (other !== undefined) cosine += (this.weight(term, count) / length) * other;
      }
    }
    return cosine;
  }
}

export interface TextMatch {
  cosine: number;
  /** The shared words that contribute most, largest first. */
  terms: string[];
}

const SHOWN_TERMS = 3;

export function compareVectors(a: TermVector, b: TermVector): TextMatch {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let cosine = 0;
  const shared: [string, number][] = [];
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    cosine += weight * other;
    shared.push([term, weight * other]);
  }
  shared.sort((x, y) => y[1] - x[1]);
  return { cosine, terms: topTerms(shared.map(([term]) => term)) };
}

/** The first few terms, leaving out those inside an already shown longer one (电网 in 南方电网). */
function topTerms(terms: string[]): string[] {
  const shown: string[] = [];
  for (const term of terms) {
    if (shown.length === SHOWN_TERMS) break;
    if (shown.some((longer) => longer.includes(term) || term.includes(longer))) continue;
    shown.push(term);
  }
  return shown;
}
