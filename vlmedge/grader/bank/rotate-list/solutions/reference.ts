function rotateRight(values: number[], steps: number): number[] {
  const shift = steps % values.length;
  const split = values.length - shift;
  return values.slice(split).concat(values.slice(0, split));
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const [count, steps] = numbers;
  const values = numbers.slice(2, 2 + count);
  console.log(rotateRight(values, steps).join(" "));
}

if (require.main === module) main();
