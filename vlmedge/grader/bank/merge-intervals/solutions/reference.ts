type Interval = [number, number];

function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const count = numbers[0];
  const intervals: Interval[] = [];
  for (let i = 0; i < count; i++) {
    intervals.push([numbers[1 + 2 * i], numbers[2 + 2 * i]]);
  }
  const merged = mergeIntervals(intervals);
  const lines = [String(merged.length), ...merged.map(([start, end]) => `${start} ${end}`)];
  console.log(lines.join("\n"));
}

if (require.main === module) main();
