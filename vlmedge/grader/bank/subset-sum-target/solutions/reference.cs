using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

// Each value is either taken or skipped; values are sorted so every subset comes out increasing.
class SubsetSearch
{
    readonly int[] values;
    readonly List<int> chosen = new List<int>();
    readonly List<List<int>> found = new List<List<int>>();

    public SubsetSearch(IEnumerable<int> values)
    {
        this.values = values.OrderBy(value => value).ToArray();
    }

    public List<List<int>> SubsetsWithSum(int target)
    {
        Search(0, target);
        return found;
    }

    void Search(int index, int remaining)
    {
        if (remaining == 0)
        {
            found.Add(new List<int>(chosen));
            return;
        }
        if (index == values.Length || values[index] > remaining)
        {
            return;
        }
        chosen.Add(values[index]);
        Search(index + 1, remaining - values[index]);
        chosen.RemoveAt(chosen.Count - 1);
        Search(index + 1, remaining);
    }
}

class Program
{
    static void Main()
    {
        int[] numbers = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse).ToArray();
        int count = numbers[0];
        int target = numbers[1];
        List<List<int>> subsets = new SubsetSearch(numbers.Skip(2).Take(count)).SubsetsWithSum(target);
        var output = new StringBuilder();
        if (subsets.Count == 0)
        {
            output.Append("NONE\n");
        }
        foreach (List<int> subset in subsets)
        {
            output.Append(string.Join(" ", subset)).Append('\n');
        }
        Console.Write(output);
    }
}
