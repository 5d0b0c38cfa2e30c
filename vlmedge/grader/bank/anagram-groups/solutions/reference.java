import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Main {
    static String signature(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }

    static List<List<String>> groupAnagrams(List<String> words) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String word : words) {
            groups.computeIfAbsent(signature(word), key -> new ArrayList<>()).add(word);
        }
        List<List<String>> result = new ArrayList<>(groups.values());
        for (List<String> group : result) {
            Collections.sort(group);
        }
        result.sort((first, second) -> first.get(0).compareTo(second.get(0)));
        return result;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(reader.readLine().trim());
        }
        List<List<String>> groups = groupAnagrams(words);
        StringBuilder output = new StringBuilder();
        output.append(groups.size()).append('\n');
        for (List<String> group : groups) {
            output.append(group.size()).append(' ').append(String.join(" ", group)).append('\n');
        }
        System.out.print(output);
    }
}
