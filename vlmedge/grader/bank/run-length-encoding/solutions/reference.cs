using System;
using System.Text;

class Program
{
    static string Encode(string word)
    {
        var encoded = new StringBuilder();
        int runStart = 0;
        for (int i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || word[i] != word[runStart])
            {
                encoded.Append(word[runStart]).Append(i - runStart);
                runStart = i;
            }
        }
        return encoded.ToString();
    }

    static void Main()
    {
        string word = Console.In.ReadToEnd().Trim();
        Console.WriteLine(Encode(word));
    }
}
