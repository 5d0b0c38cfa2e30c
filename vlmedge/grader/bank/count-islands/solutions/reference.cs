using System;
using System.Collections.Generic;

class Program
{
    const char Land = '#';
    const char Water = '.';
    static readonly int[] RowSteps = { 1, -1, 0, 0 };
    static readonly int[] ColSteps = { 0, 0, 1, -1 };

    static bool IsLand(char[][] grid, int row, int col)
    {
        return row >= 0 && row < grid.Length && col >= 0 && col < grid[row].Length && grid[row][col] == Land;
    }

    // Turns the island containing (row, col) into water, with an explicit stack instead of recursion.
    static void SinkIsland(char[][] grid, int row, int col)
    {
        var stack = new Stack<int[]>();
        grid[row][col] = Water;
        stack.Push(new[] { row, col });
        while (stack.Count > 0)
        {
            int[] cell = stack.Pop();
            for (int direction = 0; direction < RowSteps.Length; direction++)
            {
                int nextRow = cell[0] + RowSteps[direction];
                int nextCol = cell[1] + ColSteps[direction];
                if (IsLand(grid, nextRow, nextCol))
                {
                    grid[nextRow][nextCol] = Water;
                    stack.Push(new[] { nextRow, nextCol });
                }
            }
        }
    }

    static int CountIslands(char[][] grid)
    {
        int islands = 0;
        for (int row = 0; row < grid.Length; row++)
        {
            for (int col = 0; col < grid[row].Length; col++)
            {
                if (grid[row][col] == Land)
                {
                    islands++;
                    SinkIsland(grid, row, col);
                }
            }
        }
        return islands;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int rows = int.Parse(tokens[0]);
        var grid = new char[rows][];
        for (int row = 0; row < rows; row++)
        {
            grid[row] = tokens[2 + row].ToCharArray();
        }
        Console.WriteLine(CountIslands(grid));
    }
}
