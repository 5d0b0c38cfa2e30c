function spiral(matrix: number[][]): number[] {
  const order: number[] = [];
  let top = 0;
  let bottom = matrix.length - 1;
  let left = 0;
  let right = matrix[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let col = left; col <= right; col++) order.push(matrix[top][col]);
    for (let row = top + 1; row <= bottom; row++) order.push(matrix[row][right]);
    if (top < bottom) {
      for (let col = right - 1; col >= left; col--) order.push(matrix[bottom][col]);
    }
    if (left < right) {
      for (let row = bottom - 1; row > top; row--) order.push(matrix[row][left]);
    }
    top++;
    bottom--;
    left++;
    right--;
  }
  return order;
}

function readNumbers(): number[] {
  const input: string = require("fs").readFileSync(0, "utf8");
  return input.split(/\s+/).filter((token) => token.length > 0).map(Number);
}

function main(): void {
  const numbers = readNumbers();
  const [rows, cols] = numbers;
  const matrix: number[][] = [];
  for (let row = 0; row < rows; row++) {
    matrix.push(numbers.slice(2 + row * cols, 2 + (row + 1) * cols));
  }
  console.log(spiral(matrix).join(" "));
}

if (require.main === module) main();
