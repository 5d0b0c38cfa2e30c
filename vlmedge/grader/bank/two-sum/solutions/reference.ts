// Scan j from left to right, remembering the first position of every value seen so far.
function findPair(values: number[], target: number): [number, number] {
  const firstPosition = new Map<number, number>();
  for (let j = 0; j < values.length; j++) {
    const partner = firstPosition.get(target - values[j]);
    if (partner !== undefined) {
      return [partner, j];
    }
    if (!firstPosition.has(values[j])) {
      firstPosition.set(values[j], j);
    }
  }
  return [-1, -1];
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const [count, target] = numbers;
  console.log(findPair(numbers.slice(2, 2 + count), target).join(" "));
}

if (require.main === module) main();
