const DIGITS = "0123456789ABCDEF";

function toBase(value: number, base: number): string {
  if (value === 0) {
    return "0";
  }
  const sign = value < 0 ? "-" : "";
  let remaining = Math.abs(value);
  const digits: string[] = [];
  while (remaining > 0) {
    digits.push(DIGITS[remaining % base]);
    remaining = Math.floor(remaining / base);
  }
  return sign + digits.reverse().join("");
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const [value, base] = input.trim().split(/\s+/).map(Number);
  console.log(toBase(value, base));
}

if (require.main === module) main();
