using System;
using System.Text;

class Program
{
    const int AlphabetSize = 26;

    static char ShiftLetter(char letter, int shift, char baseLetter)
    {
        return (char)(baseLetter + (letter - baseLetter + shift) % AlphabetSize);
    }

    static string Encrypt(string text, long shift)
    {
        int normalized = (int)(((shift % AlphabetSize) + AlphabetSize) % AlphabetSize);
        var result = new StringBuilder();
        foreach (char ch in text)
        {
            if (ch >= 'a' && ch <= 'z')
            {
                result.Append(ShiftLetter(ch, normalized, 'a'));
            }
            else if (ch >= 'A' && ch <= 'Z')
            {
                result.Append(ShiftLetter(ch, normalized, 'A'));
            }
            else
            {
                result.Append(ch);
            }
        }
        return result.ToString();
    }

    static void Main()
    {
        string[] lines = Console.In.ReadToEnd().Split('\n');
        long shift = long.Parse(lines[0].Trim());
        string text = lines.Length > 1 ? lines[1].TrimEnd('\r') : "";
        Console.WriteLine(Encrypt(text, shift));
    }
}
