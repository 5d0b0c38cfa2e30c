using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static string Signature(string word)
    {
        char[] letters = word.ToCharArray();
        Array.Sort(letters);
        return new string(letters);
    }

    static List<List<string>> GroupAnagrams(IEnumerable<string> words)
    {
        var groups = new Dictionary<string, List<string>>();
        foreach (string word in words)
        {
            string key = Signature(word);
            if (!groups.ContainsKey(key))
            {
                groups[key] = new List<string>();
            }
            groups[key].Add(word);
        }
        return groups.Values
            .Select(group => group.OrderBy(word => word, StringComparer.Ordinal).ToList())
            .OrderBy(group => group[0], StringComparer.Ordinal)
            .ToList();
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        List<List<string>> groups = GroupAnagrams(tokens.Skip(1).Take(count));
        var output = new StringBuilder();
        output.Append(groups.Count).Append('\n');
        foreach (List<string> group in groups)
        {
            output.Append(group.Count).Append(' ').Append(string.Join(" ", group)).Append('\n');
        }
        Console.Write(output);
    }
}
