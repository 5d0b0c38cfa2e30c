using System;
using System.Linq;

class Program
{
    // The largest value strictly below the maximum, or null when all values are equal.
    static long? SecondLargest(long[] values)
    {
        long largest = values.Max();
        long[] smaller = values.Where(value => value < largest).ToArray();
        return smaller.Length == 0 ? (long?)null : smaller.Max();
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        long[] values = tokens.Skip(1).Take(count).Select(long.Parse).ToArray();
        long? answer = SecondLargest(values);
        Console.WriteLine(answer.HasValue ? answer.Value.ToString() : "NONE");
    }
}
