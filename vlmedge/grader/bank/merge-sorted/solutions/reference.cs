using System;
using System.Collections.Generic;

class Program
{
    static List<long> Merge(long[] first, long[] second)
    {
        var merged = new List<long>(first.Length + second.Length);
        int i = 0;
        int j = 0;
        while (i < first.Length && j < second.Length)
        {
            merged.Add(first[i] <= second[j] ? first[i++] : second[j++]);
        }
        while (i < first.Length)
        {
            merged.Add(first[i++]);
        }
        while (j < second.Length)
        {
            merged.Add(second[j++]);
        }
        return merged;
    }

    // Reads a count followed by that many values, starting at tokens[position].
    static long[] ReadList(string[] tokens, ref int position)
    {
        var values = new long[int.Parse(tokens[position++])];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = long.Parse(tokens[position++]);
        }
        return values;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int position = 0;
        long[] first = ReadList(tokens, ref position);
        long[] second = ReadList(tokens, ref position);
        Console.WriteLine(string.Join(" ", Merge(first, second)));
    }
}
