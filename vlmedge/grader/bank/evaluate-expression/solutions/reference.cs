using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

// Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
// factor = number | '(' expression ')'.
class Parser
{
    readonly List<string> tokens = new List<string>();
    int position;

    public Parser(string text)
    {
        foreach (Match match in Regex.Matches(text, @"\d+|[-+*()]"))
        {
            tokens.Add(match.Value);
        }
    }

    string Peek()
    {
        return position < tokens.Count ? tokens[position] : null;
    }

    string Take()
    {
        return tokens[position++];
    }

    public long Expression()
    {
        long value = Term();
        while (Peek() == "+" || Peek() == "-")
        {
            string op = Take();
            long operand = Term();
            value = op == "+" ? value + operand : value - operand;
        }
        return value;
    }

    long Term()
    {
        long value = Factor();
        while (Peek() == "*")
        {
            Take();
            value *= Factor();
        }
        return value;
    }

    long Factor()
    {
        string token = Take();
        if (token == "(")
        {
            long value = Expression();
            Take(); // the closing ")"
            return value;
        }
        return long.Parse(token);
    }
}

class Program
{
    static void Main()
    {
        string text = Console.In.ReadToEnd();
        Console.WriteLine(new Parser(text).Expression());
    }
}
