// Each value is either taken or skipped; values are sorted so every subset comes out increasing.
function subsetsWithSum(values: number[], target: number): number[][] {
  const sorted = [...values].sort((a, b) => a - b);
  const found: number[][] = [];
  const chosen: number[] = [];

  function search(index: number, remaining: number): void {
    if (remaining === 0) {
      found.push([...chosen]);
      return;
    }
    if (index === sorted.length || sorted[index] > remaining) {
      return;
    }
    chosen.push(sorted[index]);
    search(index + 1, remaining - sorted[index]);
    chosen.pop();
    search(index + 1, remaining);
  }

  search(0, target);
  return found;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const [count, target] = numbers;
  const subsets = subsetsWithSum(numbers.slice(2, 2 + count), target);
  if (subsets.length === 0) {
    console.log("NONE");
    return;
  }
  console.log(subsets.map((subset) => subset.join(" ")).join("\n"));
}

if (require.main === module) main();
