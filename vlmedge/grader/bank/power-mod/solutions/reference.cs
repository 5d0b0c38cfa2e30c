using System;

class Program
{
    // Exponentiation by squaring, reducing modulo `modulus` after every multiplication.
    static long PowerMod(long baseValue, long exponent, long modulus)
    {
        long result = 1 % modulus;
        long square = baseValue % modulus;
        while (exponent > 0)
        {
            if (exponent % 2 == 1)
            {
                result = result * square % modulus;
            }
            square = square * square % modulus;
            exponent /= 2;
        }
        return result;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        long baseValue = long.Parse(tokens[0]);
        long exponent = long.Parse(tokens[1]);
        long modulus = long.Parse(tokens[2]);
        Console.WriteLine(PowerMod(baseValue, exponent, modulus));
    }
}
