// Exponentiation by squaring. The modulus is at most 40000, so every product is below 1.6 * 10^9
// and plain numbers stay exact.
function powerMod(base, exponent, modulus) {
  let result = 1 % modulus;
  let square = base % modulus;
  let remaining = exponent;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      result = (result * square) % modulus;
    }
    square = (square * square) % modulus;
    remaining = Math.floor(remaining / 2);
  }
  return result;
}

function main() {
  const [base, exponent, modulus] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
  console.log(powerMod(base, exponent, modulus));
}

if (require.main === module) main();
