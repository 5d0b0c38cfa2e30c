import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;

public class Main {
    static class Student {
        String name;
        int score;

        Student(String name, int score) {
            this.name = name;
            this.score = score;
        }
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            students.add(new Student(in.next(), in.nextInt()));
        }
        students.sort((a, b) -> b.score - a.score);
        StringBuilder out = new StringBuilder();
        int rank = 1;
        for (int i = 0; i < n; i++) {
            if (i > 0 && students.get(i).score != students.get(i - 1).score) {
                rank = i + 1;
            }
            out.append(rank).append(' ').append(students.get(i).name).append(' ')
               .append(students.get(i).score).append('\n');
        }
        System.out.print(out);
    }
}
