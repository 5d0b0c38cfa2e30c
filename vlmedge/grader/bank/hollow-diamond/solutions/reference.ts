// Row `row` (1-based) of the top half.
function diamondLine(size: number, row: number): string {
  const indent = " ".repeat(size - row);
  if (row === 1) {
    return indent + "*";
  }
  return indent + "*" + " ".repeat(2 * row - 3) + "*";
}

function diamond(size: number): string[] {
  const top: string[] = [];
  for (let row = 1; row <= size; row++) {
    top.push(diamondLine(size, row));
  }
  const bottom = top.slice(0, -1).reverse();
  return [...top, ...bottom];
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(diamond(Number(input.trim())).join("\n"));
}

if (require.main === module) main();
