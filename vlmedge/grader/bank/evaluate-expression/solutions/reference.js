// Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
// factor = number | '(' expression ')'.
class Parser {
  constructor(text) {
    this.tokens = text.match(/\d+|[-+*()]/g) || [];
    this.position = 0;
  }

  peek() {
    return this.position < this.tokens.length ? this.tokens[this.position] : null;
  }

  take() {
    return this.tokens[this.position++];
  }

  expression() {
    let value = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const operator = this.take();
      const operand = this.term();
      value = operator === "+" ? value + operand : value - operand;
    }
    return value;
  }

  term() {
    let value = this.factor();
    while (this.peek() === "*") {
      this.take();
      value *= this.factor();
    }
    return value;
  }

  factor() {
    const token = this.take();
    if (token === "(") {
      const value = this.expression();
      this.take(); // the closing ")"
      return value;
    }
    return Number(token);
  }
}

function main() {
  const text = require("fs").readFileSync(0, "utf8");
  console.log(new Parser(text).expression());
}

if (require.main === module) main();
