using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Student
{
    public string Name;
    public int Score;
}

class Program
{
    // Highest score first, equal scores alphabetically; a rank is 1 + the number of strictly higher scores.
    static string Ranking(IEnumerable<Student> students)
    {
        List<Student> ordered = students
            .OrderByDescending(student => student.Score)
            .ThenBy(student => student.Name, StringComparer.Ordinal)
            .ToList();
        var output = new StringBuilder();
        int rank = 0;
        for (int position = 0; position < ordered.Count; position++)
        {
            Student student = ordered[position];
            if (position == 0 || student.Score != ordered[position - 1].Score)
            {
                rank = position + 1;
            }
            output.Append(rank).Append(' ').Append(student.Name).Append(' ').Append(student.Score).Append('\n');
        }
        return output.ToString();
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var students = new List<Student>();
        for (int i = 0; i < count; i++)
        {
            students.Add(new Student { Name = tokens[1 + 2 * i], Score = int.Parse(tokens[2 + 2 * i]) });
        }
        Console.Write(Ranking(students));
    }
}
