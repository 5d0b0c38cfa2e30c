import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.HashMap;
import java.util.Map;

public class Main {
    /**
     * Scans j from left to right and looks up the first earlier position holding target - a[j],
     * which gives the smallest j and then the smallest i. The difference may not fit in an int.
     */
    static int[] findPair(long[] values, long target) {
        Map<Long, Integer> firstPosition = new HashMap<>();
        for (int j = 0; j < values.length; j++) {
            Integer i = firstPosition.get(target - values[j]);
            if (i != null) {
                return new int[] {i, j};
            }
            firstPosition.putIfAbsent(values[j], j);
        }
        return new int[] {-1, -1};
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long target = nextLong(input);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = nextLong(input);
        }
        int[] pair = findPair(values, target);
        System.out.println(pair[0] + " " + pair[1]);
    }
}
