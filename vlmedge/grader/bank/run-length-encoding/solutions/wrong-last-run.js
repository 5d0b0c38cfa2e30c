const word = require("fs").readFileSync(0, "utf8").trim();

let result = "";
let count = 1;
for (let i = 1; i < word.length; i++) {
  if (word[i] === word[i - 1]) {
    count++;
  } else {
    result += word[i - 1] + count;
    count = 1;
  }
}
console.log(result);
