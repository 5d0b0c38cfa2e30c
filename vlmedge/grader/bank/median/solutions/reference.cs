using System;
using System.Globalization;

class Program
{
    // The two middle values are added as longs: their sum may not fit in an int.
    static double Median(long[] values)
    {
        var ordered = (long[])values.Clone();
        Array.Sort(ordered);
        int middle = ordered.Length / 2;
        if (ordered.Length % 2 == 1)
        {
            return ordered[middle];
        }
        return (ordered[middle - 1] + ordered[middle]) / 2.0;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var values = new long[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = long.Parse(tokens[1 + i]);
        }
        Console.WriteLine(Median(values).ToString("F6", CultureInfo.InvariantCulture));
    }
}
