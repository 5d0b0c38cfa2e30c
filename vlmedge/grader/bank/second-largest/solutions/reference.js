// The largest distinct value below the maximum, or null when there is none.
function secondLargest(values) {
  const largest = Math.max(...values);
  let second = null;
  for (const value of values) {
    if (value < largest && (second === null || value > second)) {
      second = value;
    }
  }
  return second;
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const count = numbers[0];
  const answer = secondLargest(numbers.slice(1, 1 + count));
  console.log(answer === null ? "NONE" : String(answer));
}

if (require.main === module) main();
