// Kadane's algorithm: the best sum of a subarray ending at each position.
// Sums stay below 2 * 10^11, far inside the exact range of a number.
function maxSubarray(nums) {
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = Math.max(nums[i], current + nums[i]);
    best = Math.max(best, current);
  }
  return best;
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const count = numbers[0];
  console.log(maxSubarray(numbers.slice(1, 1 + count)));
}

if (require.main === module) main();
