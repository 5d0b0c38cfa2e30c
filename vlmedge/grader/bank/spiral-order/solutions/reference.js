function spiral(matrix) {
  const order = [];
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

function main() {
  const numbers = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((token) => token.length > 0).map(Number);
  const [rows, cols] = numbers;
  const matrix = [];
  for (let row = 0; row < rows; row++) {
    matrix.push(numbers.slice(2 + row * cols, 2 + (row + 1) * cols));
  }
  console.log(spiral(matrix).join(" "));
}

if (require.main === module) main();
