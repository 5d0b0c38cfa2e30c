import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static class Student {
        final String name;
        final int score;

        Student(String name, int score) {
            this.name = name;
            this.score = score;
        }
    }

    /** Highest score first, equal scores alphabetically; a rank is 1 + the number of strictly higher scores. */
    static String ranking(List<Student> students) {
        students.sort(Comparator.comparingInt((Student student) -> -student.score)
                .thenComparing(student -> student.name));
        StringBuilder output = new StringBuilder();
        int rank = 0;
        for (int position = 0; position < students.size(); position++) {
            Student student = students.get(position);
            if (position == 0 || student.score != students.get(position - 1).score) {
                rank = position + 1;
            }
            output.append(rank).append(' ').append(student.name).append(' ').append(student.score).append('\n');
        }
        return output.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringTokenizer tokens = new StringTokenizer(reader.readLine());
            students.add(new Student(tokens.nextToken(), Integer.parseInt(tokens.nextToken())));
        }
        System.out.print(ranking(students));
    }
}
