import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    /** Exponentiation by squaring, reducing modulo {@code modulus} after every multiplication. */
    public static long powerMod(long base, long exponent, long modulus) {
        long result = 1 % modulus;
        long square = base % modulus;
        while (exponent > 0) {
            if (exponent % 2 == 1) {
                result = result * square % modulus;
            }
            square = square * square % modulus;
            exponent /= 2;
        }
        return result;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(reader.readLine());
        long base = Long.parseLong(tokens.nextToken());
        long exponent = Long.parseLong(tokens.nextToken());
        long modulus = Long.parseLong(tokens.nextToken());
        System.out.println(powerMod(base, exponent, modulus));
    }
}
