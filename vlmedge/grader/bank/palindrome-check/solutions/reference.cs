using System;
using System.Text;

class Program
{
    // Compares letters from both ends, ignoring case; the empty string is a palindrome.
    static bool IsPalindrome(string word)
    {
        for (int left = 0, right = word.Length - 1; left < right; left++, right--)
        {
            if (char.ToLowerInvariant(word[left]) != char.ToLowerInvariant(word[right]))
            {
                return false;
            }
        }
        return true;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            output.Append(IsPalindrome(tokens[i]) ? "YES" : "NO").Append('\n');
        }
        Console.Write(output);
    }
}
