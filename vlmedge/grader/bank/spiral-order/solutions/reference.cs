using System;
using System.Collections.Generic;

class Program
{
    static List<int> Spiral(int[,] matrix)
    {
        var order = new List<int>();
        int top = 0;
        int bottom = matrix.GetLength(0) - 1;
        int left = 0;
        int right = matrix.GetLength(1) - 1;
        while (top <= bottom && left <= right)
        {
            for (int col = left; col <= right; col++) order.Add(matrix[top, col]);
            for (int row = top + 1; row <= bottom; row++) order.Add(matrix[row, right]);
            if (top < bottom)
            {
                for (int col = right - 1; col >= left; col--) order.Add(matrix[bottom, col]);
            }
            if (left < right)
            {
                for (int row = bottom - 1; row > top; row--) order.Add(matrix[row, left]);
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        return order;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int rows = int.Parse(tokens[0]);
        int cols = int.Parse(tokens[1]);
        var matrix = new int[rows, cols];
        for (int row = 0; row < rows; row++)
        {
            for (int col = 0; col < cols; col++)
            {
                matrix[row, col] = int.Parse(tokens[2 + row * cols + col]);
            }
        }
        Console.WriteLine(string.Join(" ", Spiral(matrix)));
    }
}
