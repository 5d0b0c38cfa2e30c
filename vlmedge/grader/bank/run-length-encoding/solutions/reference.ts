function encode(word: string): string {
  const parts: string[] = [];
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

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(encode(input.trim()));
}

if (require.main === module) main();
