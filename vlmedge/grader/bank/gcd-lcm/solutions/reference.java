import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Main {
    /** Euclid's algorithm; gcd(a, 0) = a. */
    public static long gcd(long a, long b) {
        while (b != 0) {
            long remainder = a % b;
            a = b;
            b = remainder;
        }
        return a;
    }

    /** Divides before multiplying, so the product never exceeds the result. */
    static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long commonDivisor = nextLong(input);
        long commonMultiple = commonDivisor;
        for (int i = 1; i < count; i++) {
            long value = nextLong(input);
            commonDivisor = gcd(commonDivisor, value);
            commonMultiple = lcm(commonMultiple, value);
        }
        System.out.println(commonDivisor + " " + commonMultiple);
    }
}
