// Industries whose buyers, data and regulation overlap enough that experience in one is some
// evidence for the other (a utility's grid and generation arms, process industries, …).
const ADJACENT: readonly (readonly [string, string])[] = [
  ["power-grid", "power-generation"],
  ["power-grid", "water"],
  ["power-generation", "mining"],
  ["oil-gas", "chemicals"],
  ["oil-gas", "mining"],
  ["chemicals", "manufacturing"],
  ["manufacturing", "construction"],
  ["telecom", "government"],
  ["transportation", "construction"],
  ["finance", "government"],
  ["healthcare", "government"],
  ["water", "government"],
  ["agriculture", "water"],
];

const neighbours = new Map<string, Set<string>>();
for (const [a, b] of ADJACENT) {
  (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
  (neighbours.get(b) ?? neighbours.set(b, new Set()).get(b)!).add(a);
}

export function areAdjacentIndustries(a: string, b: string): boolean {
  return neighbours.get(a)?.has(b) ?? false;
}
