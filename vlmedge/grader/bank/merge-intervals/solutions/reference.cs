using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static List<long[]> MergeIntervals(IEnumerable<long[]> intervals)
    {
        var merged = new List<long[]>();
        foreach (long[] interval in intervals.OrderBy(i => i[0]).ThenBy(i => i[1]))
        {
            if (merged.Count > 0 && interval[0] <= merged[merged.Count - 1][1])
            {
                long[] last = merged[merged.Count - 1];
                last[1] = Math.Max(last[1], interval[1]);
            }
            else
            {
                merged.Add(new[] { interval[0], interval[1] });
            }
        }
        return merged;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var intervals = new List<long[]>();
        for (int i = 0; i < count; i++)
        {
            intervals.Add(new[] { long.Parse(tokens[1 + 2 * i]), long.Parse(tokens[2 + 2 * i]) });
        }
        List<long[]> merged = MergeIntervals(intervals);
        var output = new StringBuilder();
        output.Append(merged.Count).Append('\n');
        foreach (long[] interval in merged)
        {
            output.Append(interval[0]).Append(' ').Append(interval[1]).Append('\n');
        }
        Console.Write(output);
    }
}
