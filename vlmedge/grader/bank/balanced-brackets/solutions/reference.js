const CLOSER_TO_OPENER = { ")": "(", "]": "[", "}": "{" };

function isBalanced(brackets) {
  const stack = [];
  for (const bracket of brackets) {
    if (bracket in CLOSER_TO_OPENER) {
      if (stack.length === 0 || stack.pop() !== CLOSER_TO_OPENER[bracket]) {
        return false;
      }
    } else {
      stack.push(bracket);
    }
  }
  return stack.length === 0;
}

function main() {
  const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  const answers = tokens.slice(1, 1 + count).map((brackets) => (isBalanced(brackets) ? "YES" : "NO"));
  console.log(answers.join("\n"));
}

if (require.main === module) main();
