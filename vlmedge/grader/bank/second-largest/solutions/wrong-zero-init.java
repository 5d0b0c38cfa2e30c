import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long largest = 0;
        long second = 0;
        for (int i = 0; i < n; i++) {
            long x = in.nextLong();
            if (x > largest) {
                second = largest;
                largest = x;
            } else if (x < largest && x > second) {
                second = x;
            }
        }
        if (second == 0) {
            System.out.println("NONE");
        } else {
            System.out.println(second);
        }
    }
}
