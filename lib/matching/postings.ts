import { eachInSlices } from "@/lib/async/in-slices";
import type { TermVector } from "./text-vectors";

/**
 * An inverted index of a corpus's vectors: the cosine of one query with every document costs
 * the length of the query terms' lists, not a walk over every document.
 */
export class Postings {
  private readonly lists = new Map<string, { documents: number[]; weights: number[] }>();
  private documentCount = 0;

  /** The index of `vectors`, built in slices that let the event loop run between them. */
  static async of(vectors: readonly TermVector[]): Promise<Postings> {
    const postings = new Postings();
    await eachInSlices(vectors, (vector) => postings.add(vector));
    return postings;
  }

  /** Adds the next document: documents are numbered in the order they are added. */
  add(vector: TermVector): void {
    const document = this.documentCount++;
    for (const [term, weight] of vector) {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = { documents: [], weights: [] }));
      list.documents.push(document);
      list.weights.push(weight);
    }
  }

  /** The cosine of `query` with each document, by the documents' order. */
  cosines(query: TermVector): Float64Array {
    const result = new Float64Array(this.documentCount);
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
