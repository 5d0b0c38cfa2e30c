function firstUniqueIndex(word: string): number {
  const counts = new Map<string, number>();
  for (const letter of word) {
    counts.set(letter, (counts.get(letter) ?? 0) + 1);
  }
  for (let index = 0; index < word.length; index++) {
    if (counts.get(word[index]) === 1) {
      return index;
    }
  }
  return -1;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(firstUniqueIndex(input.trim()));
}

if (require.main === module) main();
