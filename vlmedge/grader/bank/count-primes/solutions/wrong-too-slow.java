import java.util.Scanner;

public class Main {
    static boolean isPrime(int x) {
        if (x < 2) {
            return false;
        }
        for (int d = 2; d < x; d++) {
            if (x % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if (isPrime(i)) {
                count++;
            }
        }
        System.out.println(count);
    }
}
