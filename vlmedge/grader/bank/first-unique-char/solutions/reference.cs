using System;

class Program
{
    static int FirstUniqueIndex(string word)
    {
        var counts = new int[26];
        foreach (char letter in word)
        {
            counts[letter - 'a']++;
        }
        for (int index = 0; index < word.Length; index++)
        {
            if (counts[word[index] - 'a'] == 1)
            {
                return index;
            }
        }
        return -1;
    }

    static void Main()
    {
        string word = Console.In.ReadToEnd().Trim();
        Console.WriteLine(FirstUniqueIndex(word));
    }
}
