function firstUniqueIndex(word) {
  const counts = new Map();
  for (const letter of word) {
    counts.set(letter, (counts.get(letter) || 0) + 1);
  }
  for (let index = 0; index < word.length; index++) {
    if (counts.get(word[index]) === 1) {
      return index;
    }
  }
  return -1;
}

function main() {
  const word = require("fs").readFileSync(0, "utf8").trim();
  console.log(firstUniqueIndex(word));
}

if (require.main === module) main();
