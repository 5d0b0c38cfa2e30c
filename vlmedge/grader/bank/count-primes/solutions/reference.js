// Sieve of Eratosthenes over 0..limit.
function countPrimes(limit) {
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
  for (let number = 2; number <= limit; number++) {
    count += isPrime[number];
  }
  return count;
}

function main() {
  const limit = Number(require("fs").readFileSync(0, "utf8").trim());
  console.log(countPrimes(limit));
}

if (require.main === module) main();
