using System;
using System.Text;

class Program
{
    const string Digits = "0123456789ABCDEF";

    static string ToBase(long number, int baseValue)
    {
        if (number == 0)
        {
            return "0";
        }
        var digits = new StringBuilder();
        long remaining = Math.Abs(number);
        while (remaining > 0)
        {
            digits.Insert(0, Digits[(int)(remaining % baseValue)]);
            remaining /= baseValue;
        }
        if (number < 0)
        {
            digits.Insert(0, '-');
        }
        return digits.ToString();
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        long number = long.Parse(tokens[0]);
        int baseValue = int.Parse(tokens[1]);
        Console.WriteLine(ToBase(number, baseValue));
    }
}
