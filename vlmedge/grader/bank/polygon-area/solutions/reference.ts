type Point = [number, number];

// Shoelace formula. Each product is at most 10^12 and the sum stays far below 2^53, so numbers are exact.
function polygonArea(points: Point[]): number {
  let twiceSignedArea = 0;
  for (let index = 0; index < points.length; index++) {
    const [x1, y1] = points[index];
    const [x2, y2] = points[(index + 1) % points.length];
    twiceSignedArea += x1 * y2 - x2 * y1;
  }
  return Math.abs(twiceSignedArea) / 2;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const count = numbers[0];
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    points.push([numbers[1 + 2 * i], numbers[2 + 2 * i]]);
  }
  console.log(polygonArea(points).toFixed(6));
}

if (require.main === module) main();
