const SYMBOL_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanToInt(numeral: string): number {
  let total = 0;
  for (let position = 0; position < numeral.length; position++) {
    const value = SYMBOL_VALUES[numeral[position]];
    const nextValue = position + 1 < numeral.length ? SYMBOL_VALUES[numeral[position + 1]] : 0;
    total += value < nextValue ? -value : value;
  }
  return total;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  const values = tokens.slice(1, 1 + count).map((numeral) => romanToInt(numeral));
  console.log(values.join("\n"));
}

if (require.main === module) main();
