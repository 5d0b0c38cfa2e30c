function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const count = numbers[0];
  const intervals = [];
  for (let i = 0; i < count; i++) {
    intervals.push([numbers[1 + 2 * i], numbers[2 + 2 * i]]);
  }
  const merged = mergeIntervals(intervals);
  const lines = [String(merged.length), ...merged.map(([start, end]) => `${start} ${end}`)];
  console.log(lines.join("\n"));
}

if (require.main === module) main();
