const nums = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((t) => t !== "").map(Number);
const n = nums[0];
const intervals = [];
for (let i = 0; i < n; i++) intervals.push([nums[1 + 2 * i], nums[2 + 2 * i]]);
intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

const merged = [];
for (const [start, end] of intervals) {
  const last = merged[merged.length - 1];
  if (last && start <= last[1]) {
    last[1] = end; // extend the current interval
  } else {
    merged.push([start, end]);
  }
}
console.log(merged.length);
for (const [start, end] of merged) console.log(start + " " + end);
