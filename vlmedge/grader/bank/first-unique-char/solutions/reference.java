import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static int firstUniqueIndex(String word) {
        int[] counts = new int[26];
        for (char letter : word.toCharArray()) {
            counts[letter - 'a']++;
        }
        for (int index = 0; index < word.length(); index++) {
            if (counts[word.charAt(index) - 'a'] == 1) {
                return index;
            }
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(firstUniqueIndex(reader.readLine().trim()));
    }
}
