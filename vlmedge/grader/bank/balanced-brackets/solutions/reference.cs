using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static readonly Dictionary<char, char> CloserToOpener = new Dictionary<char, char>
    {
        { ')', '(' }, { ']', '[' }, { '}', '{' }
    };

    static bool IsBalanced(string brackets)
    {
        var stack = new Stack<char>();
        foreach (char bracket in brackets)
        {
            char opener;
            if (!CloserToOpener.TryGetValue(bracket, out opener))
            {
                stack.Push(bracket);
            }
            else if (stack.Count == 0 || stack.Pop() != opener)
            {
                return false;
            }
        }
        return stack.Count == 0;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var output = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            output.Append(IsBalanced(tokens[i]) ? "YES" : "NO").Append('\n');
        }
        Console.Write(output);
    }
}
