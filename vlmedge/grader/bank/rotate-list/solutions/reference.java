import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    static long[] rotateRight(long[] values, long steps) {
        int length = values.length;
        int shift = (int) (steps % length);
        long[] rotated = new long[length];
        for (int i = 0; i < length; i++) {
            rotated[(i + shift) % length] = values[i];
        }
        return rotated;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long steps = nextLong(input);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = nextLong(input);
        }
        StringBuilder output = new StringBuilder();
        for (long value : rotateRight(values, steps)) {
            if (output.length() > 0) {
                output.append(' ');
            }
            output.append(value);
        }
        System.out.println(output);
    }
}
