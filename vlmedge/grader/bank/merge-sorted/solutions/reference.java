import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    static long[] merge(long[] first, long[] second) {
        long[] merged = new long[first.length + second.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < first.length && j < second.length) {
            merged[k++] = first[i] <= second[j] ? first[i++] : second[j++];
        }
        while (i < first.length) {
            merged[k++] = first[i++];
        }
        while (j < second.length) {
            merged[k++] = second[j++];
        }
        return merged;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    static long[] readList(StreamTokenizer input) throws IOException {
        long[] values = new long[(int) nextLong(input)];
        for (int i = 0; i < values.length; i++) {
            values[i] = nextLong(input);
        }
        return values;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        long[] first = readList(input);
        long[] second = readList(input);
        StringBuilder output = new StringBuilder();
        for (long value : merge(first, second)) {
            if (output.length() > 0) {
                output.append(' ');
            }
            output.append(value);
        }
        System.out.println(output);
    }
}
