import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    /** Largest count first; equal counts in alphabetical order of the words. */
    static List<Map.Entry<String, Integer>> sortedFrequencies(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((first, second) -> first.getValue().equals(second.getValue())
                ? first.getKey().compareTo(second.getKey())
                : second.getValue() - first.getValue());
        return entries;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(reader.readLine().trim());
        }
        StringBuilder output = new StringBuilder();
        for (Map.Entry<String, Integer> entry : sortedFrequencies(words)) {
            output.append(entry.getKey()).append(' ').append(entry.getValue()).append('\n');
        }
        System.out.print(output);
    }
}
