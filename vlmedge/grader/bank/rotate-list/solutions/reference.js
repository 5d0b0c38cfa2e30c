function rotateRight(values, steps) {
  const shift = steps % values.length;
  const split = values.length - shift;
  return values.slice(split).concat(values.slice(0, split));
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const [count, steps] = numbers;
  const values = numbers.slice(2, 2 + count);
  console.log(rotateRight(values, steps).join(" "));
}

if (require.main === module) main();
