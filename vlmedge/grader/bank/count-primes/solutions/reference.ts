// Sieve of Eratosthenes over 0..limit.
function countPrimes(limit: number): number {
  if (limit < 2) {
    return 0;
  }
  const isPrime = new Uint8Array(limit + 1).fill(1);
  isPrime[0] = 0;
  isPrime[1] = 0;
  for (let factor = 2; factor * factor <= limit; factor++) {
    if (isPrime[factor]) {
      for (let multiple = factor * factor; multiple <= limit; multiple += factor) {
        isPrime[multiple] = 0;
      }
    }
  }
  let count = 0;
  for (let candidate = 2; candidate <= limit; candidate++) {
    count += isPrime[candidate];
  }
  return count;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(countPrimes(Number(input.trim())));
}

if (require.main === module) main();
