function readTokens(): string[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0);
}

function anagramKey(word: string): string {
  return word.split("").sort().join("");
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = anagramKey(word);
    const group = groups.get(key);
    if (group) {
      group.push(word);
    } else {
      groups.set(key, [word]);
    }
  }
  const sortedGroups = [...groups.values()].map((group) => [...group].sort(compareStrings));
  sortedGroups.sort((a, b) => compareStrings(a[0], b[0]));
  return sortedGroups;
}

function main(): void {
  const tokens = readTokens();
  const count = Number(tokens[0]);
  const groups = groupAnagrams(tokens.slice(1, 1 + count));
  const lines: string[] = [String(groups.length)];
  for (const group of groups) {
    lines.push([String(group.length), ...group].join(" "));
  }
  console.log(lines.join("\n"));
}

if (require.main === module) main();
