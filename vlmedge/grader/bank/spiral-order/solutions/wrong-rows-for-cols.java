import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int r = in.nextInt();
        int c = in.nextInt();
        int[][] a = new int[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                a[i][j] = in.nextInt();
            }
        }
        StringBuilder out = new StringBuilder();
        int top = 0, bottom = r - 1, left = 0, right = r - 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) out.append(a[top][j]).append(' ');
            for (int i = top + 1; i <= bottom; i++) out.append(a[i][right]).append(' ');
            if (top < bottom) {
                for (int j = right - 1; j >= left; j--) out.append(a[bottom][j]).append(' ');
            }
            if (left < right) {
                for (int i = bottom - 1; i > top; i--) out.append(a[i][left]).append(' ');
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        System.out.println(out.toString().trim());
    }
}
