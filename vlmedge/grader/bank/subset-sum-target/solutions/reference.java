import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class Main {
    /** Each value is either taken or skipped; values are sorted so every subset comes out increasing. */
    static class SubsetSearch {
        private final int[] values;
        private final List<Integer> chosen = new ArrayList<>();
        private final List<List<Integer>> found = new ArrayList<>();

        SubsetSearch(int[] values) {
            this.values = values.clone();
            Arrays.sort(this.values);
        }

        List<List<Integer>> subsetsWithSum(int target) {
            search(0, target);
            return found;
        }

        private void search(int index, int remaining) {
            if (remaining == 0) {
                found.add(new ArrayList<>(chosen));
                return;
            }
            if (index == values.length || values[index] > remaining) {
                return;
            }
            chosen.add(values[index]);
            search(index + 1, remaining - values[index]);
            chosen.remove(chosen.size() - 1);
            search(index + 1, remaining);
        }
    }

    static int nextInt(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (int) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = nextInt(input);
        int target = nextInt(input);
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = nextInt(input);
        }
        List<List<Integer>> subsets = new SubsetSearch(values).subsetsWithSum(target);
        StringBuilder output = new StringBuilder();
        if (subsets.isEmpty()) {
            output.append("NONE\n");
        }
        for (List<Integer> subset : subsets) {
            for (int i = 0; i < subset.size(); i++) {
                output.append(i > 0 ? " " : "").append(subset.get(i));
            }
            output.append('\n');
        }
        System.out.print(output);
    }
}
