import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    /** Sieve of Eratosthenes over 0..limit. */
    static int countPrimes(int limit) {
        if (limit < 2) {
            return 0;
        }
        boolean[] composite = new boolean[limit + 1];
        for (int factor = 2; (long) factor * factor <= limit; factor++) {
            if (!composite[factor]) {
                for (int multiple = factor * factor; multiple <= limit; multiple += factor) {
                    composite[multiple] = true;
                }
            }
        }
        int count = 0;
        for (int number = 2; number <= limit; number++) {
            if (!composite[number]) {
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(countPrimes(Integer.parseInt(reader.readLine().trim())));
    }
}
