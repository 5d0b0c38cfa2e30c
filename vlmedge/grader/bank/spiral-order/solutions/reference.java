import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.ArrayList;
import java.util.List;

public class Main {
    static List<Integer> spiral(int[][] matrix) {
        List<Integer> order = new ArrayList<>();
        int top = 0;
        int bottom = matrix.length - 1;
        int left = 0;
        int right = matrix[0].length - 1;
        while (top <= bottom && left <= right) {
            for (int col = left; col <= right; col++) {
                order.add(matrix[top][col]);
            }
            for (int row = top + 1; row <= bottom; row++) {
                order.add(matrix[row][right]);
            }
            if (top < bottom) {
                for (int col = right - 1; col >= left; col--) {
                    order.add(matrix[bottom][col]);
                }
            }
            if (left < right) {
                for (int row = bottom - 1; row > top; row--) {
                    order.add(matrix[row][left]);
                }
            }
            top++;
            bottom--;
            left++;
            right--;
        }
        return order;
    }

    static int nextInt(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (int) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int rows = nextInt(input);
        int cols = nextInt(input);
        int[][] matrix = new int[rows][cols];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                matrix[row][col] = nextInt(input);
            }
        }
        StringBuilder output = new StringBuilder();
        for (int value : spiral(matrix)) {
            if (output.length() > 0) {
                output.append(' ');
            }
            output.append(value);
        }
        System.out.println(output);
    }
}
