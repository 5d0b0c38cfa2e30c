function median(values) {
  const ordered = [...values].sort((a, b) => a - b);
  const middle = Math.floor(ordered.length / 2);
  if (ordered.length % 2 === 1) {
    return ordered[middle];
  }
  return (ordered[middle - 1] + ordered[middle]) / 2;
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const count = numbers[0];
  console.log(median(numbers.slice(1, 1 + count)).toFixed(6));
}

if (require.main === module) main();
