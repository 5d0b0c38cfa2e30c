using System;

class Program
{
    static long[] RotateRight(long[] values, long steps)
    {
        int length = values.Length;
        int shift = (int)(steps % length);
        var rotated = new long[length];
        for (int i = 0; i < length; i++)
        {
            rotated[(i + shift) % length] = values[i];
        }
        return rotated;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        long steps = long.Parse(tokens[1]);
        var values = new long[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = long.Parse(tokens[2 + i]);
        }
        Console.WriteLine(string.Join(" ", RotateRight(values, steps)));
    }
}
