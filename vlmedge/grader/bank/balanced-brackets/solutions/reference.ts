const CLOSER_TO_OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function isBalanced(brackets: string): boolean {
  const stack: string[] = [];
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

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const count = Number(tokens[0]);
  const answers = tokens.slice(1, 1 + count).map((brackets) => (isBalanced(brackets) ? "YES" : "NO"));
  console.log(answers.join("\n"));
}

if (require.main === module) main();
