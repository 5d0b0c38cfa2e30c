// Euclid's algorithm. The LCM of the list is at most 10^15 < 2^53, so plain numbers stay exact.
function gcd(a: number, b: number): number {
  while (b !== 0) {
    [a, b] = [b, a % b];
  }
  return a;
}

function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const values = numbers.slice(1, 1 + numbers[0]);
  let commonDivisor = values[0];
  let commonMultiple = values[0];
  for (const value of values.slice(1)) {
    commonDivisor = gcd(commonDivisor, value);
    commonMultiple = lcm(commonMultiple, value);
  }
  console.log(`${commonDivisor} ${commonMultiple}`);
}

if (require.main === module) main();
