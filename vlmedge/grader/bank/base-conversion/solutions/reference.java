import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static final String DIGITS = "0123456789ABCDEF";

    static String toBase(long number, int base) {
        if (number == 0) {
            return "0";
        }
        boolean negative = number < 0;
        long remaining = Math.abs(number);
        StringBuilder digits = new StringBuilder();
        while (remaining > 0) {
            digits.append(DIGITS.charAt((int) (remaining % base)));
            remaining /= base;
        }
        if (negative) {
            digits.append('-');
        }
        return digits.reverse().toString();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(reader.readLine());
        long number = Long.parseLong(tokens.nextToken());
        int base = Integer.parseInt(tokens.nextToken());
        System.out.println(toBase(number, base));
    }
}
