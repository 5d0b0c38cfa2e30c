function encode(word) {
  const parts = [];
  let runLetter = word[0];
  let runLength = 0;
  for (const letter of word) {
    if (letter === runLetter) {
      runLength++;
    } else {
      parts.push(`${runLetter}${runLength}`);
      runLetter = letter;
      runLength = 1;
    }
  }
  parts.push(`${runLetter}${runLength}`);
  return parts.join("");
}

function main() {
  const word = require("fs").readFileSync(0, "utf8").trim();
  console.log(encode(word));
}

if (require.main === module) main();
