const LAND = "#";
const WATER = ".";

// Turn the island containing (row, col) into water, with an explicit stack instead of recursion.
function sinkIsland(grid: string[][], row: number, col: number): void {
  const stack: Array<[number, number]> = [[row, col]];
  grid[row][col] = WATER;
  while (stack.length > 0) {
    const [r, c] = stack.pop()!;
    const neighbours: Array<[number, number]> = [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]];
    for (const [nr, nc] of neighbours) {
      if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[0].length && grid[nr][nc] === LAND) {
        grid[nr][nc] = WATER;
        stack.push([nr, nc]);
      }
    }
  }
}

function countIslands(grid: string[][]): number {
  let islands = 0;
  for (let row = 0; row < grid.length; row++) {
    for (let col = 0; col < grid[0].length; col++) {
      if (grid[row][col] === LAND) {
        islands++;
        sinkIsland(grid, row, col);
      }
    }
  }
  return islands;
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const tokens = input.split(/\s+/).filter((token) => token.length > 0);
  const rows = Number(tokens[0]);
  const grid = tokens.slice(2, 2 + rows).map((line) => line.split(""));
  console.log(countIslands(grid));
}

if (require.main === module) main();
