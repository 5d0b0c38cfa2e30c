using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    // Largest count first; equal counts in alphabetical (ordinal) order of the words.
    static List<KeyValuePair<string, int>> SortedFrequencies(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>();
        foreach (string word in words)
        {
            int times;
            counts.TryGetValue(word, out times);
            counts[word] = times + 1;
        }
        return counts
            .OrderByDescending(entry => entry.Value)
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var output = new StringBuilder();
        foreach (KeyValuePair<string, int> entry in SortedFrequencies(tokens.Skip(1).Take(count)))
        {
            output.Append(entry.Key).Append(' ').Append(entry.Value).Append('\n');
        }
        Console.Write(output);
    }
}
