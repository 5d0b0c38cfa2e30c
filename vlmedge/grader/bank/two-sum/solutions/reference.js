// Scan j from left to right, remembering the first position of every value seen so far.
function findPair(values, target) {
  const firstPosition = new Map();
  for (let j = 0; j < values.length; j++) {
    const wanted = target - values[j];
    if (firstPosition.has(wanted)) {
      return [firstPosition.get(wanted), j];
    }
    if (!firstPosition.has(values[j])) {
      firstPosition.set(values[j], j);
    }
  }
  return [-1, -1];
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const [count, target] = numbers;
  console.log(findPair(numbers.slice(2, 2 + count), target).join(" "));
}

if (require.main === module) main();
