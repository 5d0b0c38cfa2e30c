import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    /** Returns the largest value strictly below the maximum, or null when all values are equal. */
    static Long secondLargest(long[] values) {
        long largest = values[0];
        for (long value : values) {
            largest = Math.max(largest, value);
        }
        Long second = null;
        for (long value : values) {
            if (value < largest && (second == null || value > second)) {
                second = value;
            }
        }
        return second;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = nextLong(input);
        }
        Long answer = secondLargest(values);
        System.out.println(answer == null ? "NONE" : answer.toString());
    }
}
