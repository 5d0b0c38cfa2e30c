const ALPHABET_SIZE = 26;
const LOWER_A = "a".charCodeAt(0);
const UPPER_A = "A".charCodeAt(0);

function shiftLetter(letter: string, base: number, shift: number): string {
  const offset = letter.charCodeAt(0) - base;
  return String.fromCharCode(base + ((offset + shift) % ALPHABET_SIZE));
}

function encrypt(text: string, shift: number): string {
  // Reduce the shift to 0..25 first, so negative and huge shifts behave the same way.
  const normalized = ((shift % ALPHABET_SIZE) + ALPHABET_SIZE) % ALPHABET_SIZE;
  let result = "";
  for (const ch of text) {
    if (ch >= "a" && ch <= "z") {
      result += shiftLetter(ch, LOWER_A, normalized);
    } else if (ch >= "A" && ch <= "Z") {
      result += shiftLetter(ch, UPPER_A, normalized);
    } else {
      result += ch;
    }
  }
  return result;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const lines = input.split("\n");
  const shift = Number(lines[0]);
  const text = lines.length > 1 ? lines[1].replace(/\r$/, "") : "";
  console.log(encrypt(text, shift));
}

if (require.main === module) main();
