import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Compares letters from both ends, ignoring case; the empty string is a palindrome. */
    public static boolean isPalindrome(String word) {
        int left = 0;
        int right = word.length() - 1;
        while (left < right) {
            if (Character.toLowerCase(word.charAt(left)) != Character.toLowerCase(word.charAt(right))) {
                return false;
            }
            left++;
            right--;
        }
        return true;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < count; i++) {
            output.append(isPalindrome(reader.readLine().trim()) ? "YES" : "NO").append('\n');
        }
        System.out.print(output);
    }
}
