const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((t) => t !== "");
const n = Number(tokens[0]);

const counts = {};
for (let i = 1; i <= n; i++) {
  const word = tokens[i];
  if (counts[word]) {
    counts[word] += 1;
  } else {
    counts[word] = 1;
  }
}

const entries = Object.keys(counts).map((word) => [word, counts[word]]);
entries.sort((a, b) => {
  if (a[1] !== b[1]) return b[1] - a[1];
  return a[0] < b[0] ? -1 : 1;
});
for (const [word, times] of entries) {
  console.log(word + " " + times);
}
