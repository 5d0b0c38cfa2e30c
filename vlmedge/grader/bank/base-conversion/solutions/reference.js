const DIGITS = "0123456789ABCDEF";

function toBase(number, base) {
  if (number === 0) {
    return "0";
  }
  const sign = number < 0 ? "-" : "";
  let remaining = Math.abs(number);
  const digits = [];
  while (remaining > 0) {
    digits.push(DIGITS[remaining % base]);
    remaining = Math.floor(remaining / base);
  }
  return sign + digits.reverse().join("");
}

function main() {
  const [number, base] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
  console.log(toBase(number, base));
}

if (require.main === module) main();
