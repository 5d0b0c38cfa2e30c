// A Map, not a plain object, so words like "constructor" or "__proto__" are ordinary keys.
function countWords(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function compareEntries([wordA, countA]: [string, number], [wordB, countB]: [string, number]): number {
  if (countA !== countB) {
    return countB - countA;
  }
  return wordA < wordB ? -1 : wordA > wordB ? 1 : 0;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  const entries = [...countWords(tokens.slice(1, 1 + count)).entries()].sort(compareEntries);
  for (const [word, times] of entries) {
    console.log(`${word} ${times}`);
  }
}

if (require.main === module) main();
