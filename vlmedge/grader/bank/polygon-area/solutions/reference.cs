using System;
using System.Globalization;

class Program
{
    // Shoelace formula; products of coordinates need 64 bits.
    static double PolygonArea(long[] xs, long[] ys)
    {
        long twiceSignedArea = 0;
        int count = xs.Length;
        for (int i = 0; i < count; i++)
        {
            int next = (i + 1) % count;
            twiceSignedArea += xs[i] * ys[next] - xs[next] * ys[i];
        }
        return Math.Abs(twiceSignedArea) / 2.0;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var xs = new long[count];
        var ys = new long[count];
        for (int i = 0; i < count; i++)
        {
            xs[i] = long.Parse(tokens[1 + 2 * i]);
            ys[i] = long.Parse(tokens[2 + 2 * i]);
        }
        Console.WriteLine(PolygonArea(xs, ys).ToString("F6", CultureInfo.InvariantCulture));
    }
}
