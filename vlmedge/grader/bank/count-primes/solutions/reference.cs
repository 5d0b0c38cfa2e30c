using System;

class Program
{
    // Sieve of Eratosthenes over 0..limit.
    static int CountPrimes(int limit)
    {
        if (limit < 2)
        {
            return 0;
        }
        var composite = new bool[limit + 1];
        for (int factor = 2; (long)factor * factor <= limit; factor++)
        {
            if (composite[factor])
            {
                continue;
            }
            for (int multiple = factor * factor; multiple <= limit; multiple += factor)
            {
                composite[multiple] = true;
            }
        }
        int count = 0;
        for (int number = 2; number <= limit; number++)
        {
            if (!composite[number])
            {
                count++;
            }
        }
        return count;
    }

    static void Main()
    {
        int limit = int.Parse(Console.In.ReadToEnd().Trim());
        Console.WriteLine(CountPrimes(limit));
    }
}
