import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class Main {
    static List<long[]> mergeIntervals(long[][] intervals) {
        long[][] sorted = intervals.clone();
        Arrays.sort(sorted, Comparator.<long[]>comparingLong(interval -> interval[0])
                .thenComparingLong(interval -> interval[1]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new long[] {interval[0], interval[1]});
            }
        }
        return merged;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long[][] intervals = new long[count][];
        for (int i = 0; i < count; i++) {
            long start = nextLong(input);
            long end = nextLong(input);
            intervals[i] = new long[] {start, end};
        }
        List<long[]> merged = mergeIntervals(intervals);
        StringBuilder output = new StringBuilder();
        output.append(merged.size()).append('\n');
        for (long[] interval : merged) {
            output.append(interval[0]).append(' ').append(interval[1]).append('\n');
        }
        System.out.print(output);
    }
}
