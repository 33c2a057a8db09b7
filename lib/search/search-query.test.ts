import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-query";

const termsOf = (text: string) => parseSearchQuery(text).terms.map((term) => term.text);

describe("parseSearchQuery", () => {
  it("segments Chinese into words, every one of which must match", () => {
    expect(termsOf("负荷预测")).toEqual(["负荷", "预测"]);
    expect(parseSearchQuery("负荷预测").bigramQuery).toBe("'负荷' & '预测'");
  });

  it("joins a character jieba leaves alone to its neighbour and finds the string by bigrams", () => {
    expect(termsOf("电能量")).toEqual(["电能量"]);
    expect(parseSearchQuery("电能量").bigramQuery).toBe("('电能' & '能量')");
    expect(termsOf("多模态大模型")).toEqual(["多模态", "大模型"]);
  });

  it("ranks by the words inside a joined string too", () => {
    expect(parseSearchQuery("电能量").rankQuery).toBe("'电能量' | '能量'");
  });

  it("looks for the whole search in the title, and in the title and tags, to rank those first", () => {
    expect(parseSearchQuery("负荷预测").titleQuery).toBe("'负荷':A & '预测':A");
    expect(parseSearchQuery("负荷预测").titleOrTagQuery).toBe("'负荷':AD & '预测':AD");
    expect(parseSearchQuery("forecast AI").titleQuery).toBe("'forecast':*A & 'ai':A");
  });

  it("counts a string jieba cuts into words as whole when all its words are there, not some", () => {
    expect(parseSearchQuery("电能量").titleQuery).toBe("('电能量':A | ('电':A & '能量':A))");
    expect(parseSearchQuery("电能量").titleWordsQuery).toBe("('电能量' | ('电' & '能量'))");
  });

  it("searches a word longer than 60 characters as its first 60, as the index keeps it", () => {
    const long = "x".repeat(70);
    const query = parseSearchQuery(`电网 ${long}`);
    expect(query.terms.map((t) => t.text)).toEqual(["电网", "x".repeat(60)]);
    expect(query.wordQuery).toBe(`'${"x".repeat(60)}':*`);
  });

  it("names the words after the twelfth, which are not searched", () => {
    const words = Array.from({ length: 14 }, (_, i) => `w${i}`);
    const query = parseSearchQuery(words.join(" "));
    expect(query.terms).toHaveLength(12);
    expect(query.unsearched).toEqual(["w12", "w13"]);
  });

  it("drops function characters between words", () => {
    expect(termsOf("电网的故障")).toEqual(["电网", "故障"]);
  });

  it("searches one character as the start of any bigram", () => {
    expect(parseSearchQuery("网").bigramQuery).toBe("'网':*");
  });

  it("calls a search broad when every word is one Chinese character, not when any is longer", () => {
    expect(parseSearchQuery("电").broad).toBe(true);
    expect(parseSearchQuery("电 网").broad).toBe(true);
    expect(parseSearchQuery("电网").broad).toBe(false);
    expect(parseSearchQuery("电 AI").broad).toBe(false);
    expect(parseSearchQuery("A").broad).toBe(false);
  });

  it("matches Latin words of three or more letters as prefixes, shorter ones exactly", () => {
    const query = parseSearchQuery("Load Forecast AI");
    expect(query.wordQuery).toBe("'load':* & 'forecast':* & 'ai'");
    expect(query.bigramQuery).toBeNull();
  });

  it("splits mixed Chinese and English and normalizes full-width letters", () => {
    const query = parseSearchQuery("ＡＩ气象预报 LLM-based");
    expect(query.terms.map((t) => [t.text, t.han])).toEqual([
      ["ai", false],
      ["气象预报", true],
      ["llm", false],
      ["based", false],
    ]);
  });

  it.each(["' & | ! : * ( ) \\ <->", "!!!", '\'); DROP TABLE "Requirement"; --', "<script>"])(
    "turns %j into lexemes of letters and digits only, or no search",
    (text) => {
      const { wordQuery, bigramQuery, rankQuery } = parseSearchQuery(text);
      for (const tsquery of [wordQuery, bigramQuery, rankQuery]) {
        if (tsquery === null) continue;
        expect(tsquery).toMatch(/^('[\p{L}\p{N}]+'(:\*)?|[()&| ])+$/u);
      }
    },
  );

  it("keeps a 10,000-character search to a bounded number of terms", () => {
    const long = Array.from({ length: 2000 }, (_, i) => `电网${i} w${i}`).join(" ");
    expect(long.length).toBeGreaterThan(10_000);
    const query = parseSearchQuery(long);
    expect(query.terms.length).toBeGreaterThan(0);
    expect(query.terms.length).toBeLessThanOrEqual(12);
  });

  it("has no search when there are no words", () => {
    expect(parseSearchQuery("  ,，。 ")).toEqual({
      terms: [],
      wordQuery: null,
      bigramQuery: null,
      rankQuery: null,
      titleQuery: null,
      titleWordsQuery: null,
      titleOrTagQuery: null,
      unsearched: [],
      broad: false,
    });
  });
});
