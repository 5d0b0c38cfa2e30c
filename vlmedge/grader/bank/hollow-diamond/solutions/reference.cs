using System;
using System.Text;

class Program
{
    // Row `row` (1-based) of the top half.
    static string DiamondLine(int size, int row)
    {
        string indent = new string(' ', size - row);
        if (row == 1)
        {
            return indent + "*";
        }
        return indent + "*" + new string(' ', 2 * row - 3) + "*";
    }

    static void Main()
    {
        int size = int.Parse(Console.In.ReadToEnd().Trim());
        var output = new StringBuilder();
        for (int row = 1; row <= size; row++)
        {
            output.Append(DiamondLine(size, row)).Append('\n');
        }
        for (int row = size - 1; row >= 1; row--)
        {
            output.Append(DiamondLine(size, row)).Append('\n');
        }
        Console.Write(output);
    }
}
