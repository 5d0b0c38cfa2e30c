const lines = require("fs").readFileSync(0, "utf8").split("\n");
const first = lines[1].trim().split(" ").map(Number);
const second = lines[3].trim().split(" ").map(Number);

const merged = [];
let i = 0;
let j = 0;
while (i < first.length && j < second.length) {
  if (first[i] <= second[j]) merged.push(first[i++]);
  else merged.push(second[j++]);
}
while (i < first.length) merged.push(first[i++]);
while (j < second.length) merged.push(second[j++]);
console.log(merged.join(" "));
