import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static String encode(String word) {
        StringBuilder encoded = new StringBuilder();
        int runStart = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) != word.charAt(runStart)) {
                encoded.append(word.charAt(runStart)).append(i - runStart);
                runStart = i;
            }
        }
        return encoded.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(encode(reader.readLine().trim()));
    }
}
