using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static readonly Dictionary<char, int> SymbolValues = new Dictionary<char, int>
    {
        { 'I', 1 }, { 'V', 5 }, { 'X', 10 }, { 'L', 50 }, { 'C', 100 }, { 'D', 500 }, { 'M', 1000 }
    };

    // A symbol smaller than the one after it is subtracted, every other symbol is added.
    static int RomanToInt(string numeral)
    {
        int total = 0;
        for (int i = 0; i < numeral.Length; i++)
        {
            int value = SymbolValues[numeral[i]];
            int nextValue = i + 1 < numeral.Length ? SymbolValues[numeral[i + 1]] : 0;
            total += value < nextValue ? -value : value;
        }
        return total;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            output.Append(RomanToInt(tokens[i])).Append('\n');
        }
        Console.Write(output);
    }
}
