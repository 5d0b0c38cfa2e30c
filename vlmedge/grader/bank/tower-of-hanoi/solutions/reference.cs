using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    // Moves the top `disks` disks from source to target, recording each move as {from, to}.
    static void Hanoi(int disks, int source, int target, int spare, List<int[]> moves)
    {
        if (disks == 0)
        {
            return;
        }
        Hanoi(disks - 1, source, spare, target, moves);
        moves.Add(new[] { source, target });
        Hanoi(disks - 1, spare, target, source, moves);
    }

    static void Main()
    {
        int disks = int.Parse(Console.In.ReadToEnd().Trim());
        var moves = new List<int[]>();
        Hanoi(disks, 1, 3, 2, moves);
        var output = new StringBuilder();
        output.Append(moves.Count).Append('\n');
        foreach (int[] move in moves)
        {
            output.Append(move[0]).Append(' ').Append(move[1]).Append('\n');
        }
        Console.Write(output);
    }
}
