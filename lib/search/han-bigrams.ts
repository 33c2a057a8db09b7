import { normalizeText } from "./normalize";

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Every two adjacent Han characters of the text, run by run, and each run's last character
 * alone. Indexed next to the words, they find a short query that jieba segments differently in
 * the text: "电能" in "电能量" (segmented 电 / 能量) is the bigram 电能. With the last character,
 * every character starts some indexed token, so a one-character prefix query finds it too.
 */
export function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const [run] of normalizeText(text).matchAll(HAN_RUN)) {
    const characters = [...run];
    for (let i = 0; i + 1 < characters.length; i++) {
      bigrams.push(characters[i]! + characters[i + 1]!);
    }
    bigrams.push(characters[characters.length - 1]!);
  }
  return bigrams;
}
