import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static final int ALPHABET_SIZE = 26;

    static char shiftLetter(char letter, int shift, char base) {
        return (char) (base + (letter - base + shift) % ALPHABET_SIZE);
    }

    static String encrypt(String text, long shift) {
        int normalized = (int) Math.floorMod(shift, (long) ALPHABET_SIZE);
        StringBuilder result = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch >= 'a' && ch <= 'z') {
                result.append(shiftLetter(ch, normalized, 'a'));
            } else if (ch >= 'A' && ch <= 'Z') {
                result.append(shiftLetter(ch, normalized, 'A'));
            } else {
                result.append(ch);
            }
        }
        return result.toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        long shift = Long.parseLong(reader.readLine().trim());
        String text = reader.readLine();
        System.out.println(encrypt(text == null ? "" : text, shift));
    }
}
