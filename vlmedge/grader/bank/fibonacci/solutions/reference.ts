// F(90) exceeds 2^53, so the values are BigInts.
function fibonacci(n: number): bigint {
  let previous = 0n;
  let current = 1n;
  for (let i = 0; i < n; i++) {
    [previous, current] = [current, previous + current];
  }
  return previous;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(fibonacci(Number(input.trim())).toString());
}

if (require.main === module) main();
