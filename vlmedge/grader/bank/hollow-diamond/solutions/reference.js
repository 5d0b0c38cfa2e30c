// Row `row` (1-based) of the top half.
function diamondLine(size, row) {
  const indent = " ".repeat(size - row);
  if (row === 1) {
    return indent + "*";
  }
  return indent + "*" + " ".repeat(2 * row - 3) + "*";
}

function diamond(size) {
  const top = [];
  for (let row = 1; row <= size; row++) {
    top.push(diamondLine(size, row));
  }
  const bottom = top.slice(0, -1).reverse();
  return [...top, ...bottom];
}

function main() {
  const size = Number(require("fs").readFileSync(0, "utf8").trim());
  console.log(diamond(size).join("\n"));
}

if (require.main === module) main();
