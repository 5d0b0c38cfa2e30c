using System;

class Program
{
    // Euclid's algorithm; Gcd(a, 0) = a.
    static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            long remainder = a % b;
            a = b;
            b = remainder;
        }
        return a;
    }

    // Divides before multiplying, so the product never exceeds the result.
    static long Lcm(long a, long b)
    {
        return a / Gcd(a, b) * b;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        long commonDivisor = long.Parse(tokens[1]);
        long commonMultiple = commonDivisor;
        for (int i = 2; i <= count; i++)
        {
            long value = long.Parse(tokens[i]);
            commonDivisor = Gcd(commonDivisor, value);
            commonMultiple = Lcm(commonMultiple, value);
        }
        Console.WriteLine(commonDivisor + " " + commonMultiple);
    }
}
