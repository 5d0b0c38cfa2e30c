// Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
// factor = number | '(' expression ')'.
class Parser {
  private readonly tokens: string[];
  private position = 0;

  constructor(text: string) {
    this.tokens = text.match(/\d+|[-+*()]/g) ?? [];
  }

  private peek(): string | null {
    return this.position < this.tokens.length ? this.tokens[this.position] : null;
  }

  private take(): string {
    return this.tokens[this.position++];
  }

  expression(): number {
    let value = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const operator = this.take();
      const operand = this.term();
      value = operator === "+" ? value + operand : value - operand;
    }
    return value;
  }

  private term(): number {
    let value = this.factor();
    while (this.peek() === "*") {
      this.take();
      value *= this.factor();
    }
    return value;
  }

  private factor(): number {
    const token = this.take();
    if (token === "(") {
      const value = this.expression();
      this.take(); // the closing ")"
      return value;
    }
    return Number(token);
  }
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  console.log(new Parser(input).expression());
}

if (require.main === module) main();
