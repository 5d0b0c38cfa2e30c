function readTokens() {
  return require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0);
}

function anagramKey(word) {
  return word.split("").sort().join("");
}

function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words) {
    const key = anagramKey(word);
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(word);
  }
  const sortedGroups = [...groups.values()].map((group) => [...group].sort());
  sortedGroups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sortedGroups;
}

function main() {
  const tokens = readTokens();
  const count = Number(tokens[0]);
  const groups = groupAnagrams(tokens.slice(1, 1 + count));
  const lines = [String(groups.length)];
  for (const group of groups) {
    lines.push([group.length, ...group].join(" "));
  }
  console.log(lines.join("\n"));
}

if (require.main === module) main();
