function powerMod(base, exponent, modulus) {
  let result = 1 % modulus;
  while (exponent > 0) {
    if (exponent % 2 === 1) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent = Math.floor(exponent / 2);
  }
  return result;
}

function main() {
  const [a, b, m] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
  console.log(powerMod(a, b, m));
}

if (require.main === module) main();
