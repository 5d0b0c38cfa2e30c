const fs = require("fs");

function isPalindrome(word) {
  const s = word.toLowerCase();
  const n = s.length;
  // compare the pairs from the outside in
  for (let i = 0; i < n / 2 - 1; i++) {
    if (s[i] !== s[n - 1 - i]) return false;
  }
  return true;
}

function main() {
  const tokens = fs.readFileSync(0, "utf8").split(/\s+/).filter((t) => t.length > 0);
  const n = parseInt(tokens[0], 10);
  const out = [];
  for (let i = 1; i <= n; i++) {
    out.push(isPalindrome(tokens[i]) ? "YES" : "NO");
  }
  if (out.length > 0) console.log(out.join("\n"));
}

if (require.main === module) main();
