import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.StringTokenizer;

public class Main {
    static final char LAND = '#';
    static final char WATER = '.';
    static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    static boolean isLand(char[][] grid, int row, int col) {
        return row >= 0 && row < grid.length && col >= 0 && col < grid[row].length && grid[row][col] == LAND;
    }

    /** Turns the island containing (row, col) into water, with an explicit stack instead of recursion. */
    static void sinkIsland(char[][] grid, int row, int col) {
        Deque<int[]> stack = new ArrayDeque<>();
        grid[row][col] = WATER;
        stack.push(new int[] {row, col});
        while (!stack.isEmpty()) {
            int[] cell = stack.pop();
            for (int[] direction : DIRECTIONS) {
                int nextRow = cell[0] + direction[0];
                int nextCol = cell[1] + direction[1];
                if (isLand(grid, nextRow, nextCol)) {
                    grid[nextRow][nextCol] = WATER;
                    stack.push(new int[] {nextRow, nextCol});
                }
            }
        }
    }

    static int countIslands(char[][] grid) {
        int islands = 0;
        for (int row = 0; row < grid.length; row++) {
            for (int col = 0; col < grid[row].length; col++) {
                if (grid[row][col] == LAND) {
                    islands++;
                    sinkIsland(grid, row, col);
                }
            }
        }
        return islands;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer header = new StringTokenizer(reader.readLine());
        int rows = Integer.parseInt(header.nextToken());
        char[][] grid = new char[rows][];
        for (int row = 0; row < rows; row++) {
            grid[row] = reader.readLine().trim().toCharArray();
        }
        System.out.println(countIslands(grid));
    }
}
