import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Row {@code row} (1-based) of the top half. */
    static String diamondLine(int size, int row) {
        String indent = " ".repeat(size - row);
        if (row == 1) {
            return indent + "*";
        }
        return indent + "*" + " ".repeat(2 * row - 3) + "*";
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int size = Integer.parseInt(reader.readLine().trim());
        StringBuilder output = new StringBuilder();
        for (int row = 1; row <= size; row++) {
            output.append(diamondLine(size, row)).append('\n');
        }
        for (int row = size - 1; row >= 1; row--) {
            output.append(diamondLine(size, row)).append('\n');
        }
        System.out.print(output);
    }
}
