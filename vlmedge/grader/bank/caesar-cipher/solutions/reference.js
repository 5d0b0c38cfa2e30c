const ALPHABET_SIZE = 26;

function shiftLetter(letter, base, shift) {
  const offset = letter.charCodeAt(0) - base;
  return String.fromCharCode(base + ((offset + shift) % ALPHABET_SIZE));
}

function encrypt(text, shift) {
  // Reduce the shift to 0..25 first, so negative and huge shifts behave the same way.
  const normalized = ((shift % ALPHABET_SIZE) + ALPHABET_SIZE) % ALPHABET_SIZE;
  let result = "";
  for (const ch of text) {
    if (ch >= "a" && ch <= "z") {
      result += shiftLetter(ch, "a".charCodeAt(0), normalized);
    } else if (ch >= "A" && ch <= "Z") {
      result += shiftLetter(ch, "A".charCodeAt(0), normalized);
    } else {
      result += ch;
    }
  }
  return result;
}

function main() {
  const lines = require("fs").readFileSync(0, "utf8").split("\n");
  const shift = Number(lines[0]);
  const text = lines.length > 1 ? lines[1].replace(/\r$/, "") : "";
  console.log(encrypt(text, shift));
}

if (require.main === module) main();
