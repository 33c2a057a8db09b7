import type { TermVector } from "./text-vectors";

/**
 * An inverted index of a corpus's vectors: the cosine of one query with every document costs
 * the length of the query terms' lists, not a walk over every document.
 */
export class Postings {
  private readonly lists = new Map<string, { documents: number[]; weights: number[] }>();

  constructor(private readonly vectors: readonly TermVector[]) {
    vectors.forEach((vector, document) => {
      for (const [term, weight] of vector) {
        let list = this.lists.get(term);
        if (!list) this.lists.set(term, (list = { documents: [], weights: [] }));
        list.documents.push(document);
        list.weights.push(weight);
      }
    });
  }

  /** The cosine of `query` with each document, by the documents' order. */
  cosines(query: TermVector): Float64Array {
    const result = new Float64Array(this.vectors.length);
    for (const [term, weight] of query) {
      const list = this.lists.get(term);
      if (!list) continue;
      for (let i = 0; i < list.documents.length; i++) {
        result[list.documents[i]!]! += weight * list.weights[i]!;
      }
    }
    return result;
  }
}
