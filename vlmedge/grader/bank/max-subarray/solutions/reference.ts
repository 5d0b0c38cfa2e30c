// Kadane's algorithm: the best sum of a subarray ending at each position.
// Sums stay below 2 * 10^11, far inside the exact range of a number.
function maxSubarray(nums: number[]): number {
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const count = numbers[0];
  console.log(maxSubarray(numbers.slice(1, 1 + count)));
}

if (require.main === module) main();
