using System;

class Program
{
    // F(90) needs 64 bits, so the values are kept in longs.
    static long Fibonacci(int n)
    {
        long previous = 0;
        long current = 1;
        for (int i = 0; i < n; i++)
        {
            long next = previous + current;
            previous = current;
            current = next;
        }
        return previous;
    }

    static void Main()
    {
        int n = int.Parse(Console.In.ReadToEnd().Trim());
        Console.WriteLine(Fibonacci(n));
    }
}
