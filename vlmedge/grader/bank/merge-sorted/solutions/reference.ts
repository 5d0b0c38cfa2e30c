function merge(first: number[], second: number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    if (first[i] <= second[j]) {
      merged.push(first[i++]);
    } else {
      merged.push(second[j++]);
    }
  }
  return merged.concat(first.slice(i), second.slice(j));
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const n = numbers[0];
  const first = numbers.slice(1, 1 + n);
  const m = numbers[1 + n];
  const second = numbers.slice(2 + n, 2 + n + m);
  console.log(merge(first, second).join(" "));
}

if (require.main === module) main();
