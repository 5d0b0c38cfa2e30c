const n = Number(require("fs").readFileSync(0, "utf8").trim());

let previous = 0;
let current = 1;
for (let i = 0; i < n; i++) {
  const next = previous + current;
  previous = current;
  current = next;
}
console.log(String(previous));
