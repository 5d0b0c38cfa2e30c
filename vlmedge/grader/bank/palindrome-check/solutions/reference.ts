function isPalindrome(word: string): boolean {
  const lowered = word.toLowerCase();
  return lowered === lowered.split("").reverse().join("");
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  for (const word of tokens.slice(1, 1 + count)) {
    console.log(isPalindrome(word) ? "YES" : "NO");
  }
}

if (require.main === module) main();
