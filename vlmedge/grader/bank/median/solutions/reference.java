import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.Arrays;
import java.util.Locale;

public class Main {
    /** The two middle values are added as longs: their sum may not fit in an int. */
    static double median(long[] values) {
        long[] ordered = values.clone();
        Arrays.sort(ordered);
        int middle = ordered.length / 2;
        if (ordered.length % 2 == 1) {
            return ordered[middle];
        }
        return (ordered[middle - 1] + ordered[middle]) / 2.0;
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
        System.out.println(String.format(Locale.ROOT, "%.6f", median(values)));
    }
}
