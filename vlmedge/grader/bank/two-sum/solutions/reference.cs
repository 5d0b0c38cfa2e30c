using System;
using System.Collections.Generic;

class Program
{
    // Scans j from left to right and looks up the first earlier position holding target - a[j],
    // which gives the smallest j and then the smallest i. The difference may not fit in an int.
    static int[] FindPair(long[] values, long target)
    {
        var firstPosition = new Dictionary<long, int>();
        for (int j = 0; j < values.Length; j++)
        {
            int i;
            if (firstPosition.TryGetValue(target - values[j], out i))
            {
                return new[] { i, j };
            }
            if (!firstPosition.ContainsKey(values[j]))
            {
                firstPosition[values[j]] = j;
            }
        }
        return new[] { -1, -1 };
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        long target = long.Parse(tokens[1]);
        var values = new long[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = long.Parse(tokens[2 + i]);
        }
        int[] pair = FindPair(values, target);
        Console.WriteLine(pair[0] + " " + pair[1]);
    }
}
