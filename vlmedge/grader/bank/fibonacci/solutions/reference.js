// F(90) exceeds 2^53, so the values are BigInts.
function fibonacci(n) {
  let previous = 0n;
  let current = 1n;
  for (let i = 0; i < n; i++) {
    [previous, current] = [current, previous + current];
  }
  return previous;
}

function main() {
  const n = Number(require("fs").readFileSync(0, "utf8").trim());
  console.log(fibonacci(n).toString());
}

if (require.main === module) main();
