import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /** Moves the top {@code disks} disks from source to target, recording each move as {from, to}. */
    static void hanoi(int disks, int source, int target, int spare, List<int[]> moves) {
        if (disks == 0) {
            return;
        }
        hanoi(disks - 1, source, spare, target, moves);
        moves.add(new int[] {source, target});
        hanoi(disks - 1, spare, target, source, moves);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int disks = Integer.parseInt(reader.readLine().trim());
        List<int[]> moves = new ArrayList<>();
        hanoi(disks, 1, 3, 2, moves);
        StringBuilder output = new StringBuilder();
        output.append(moves.size()).append('\n');
        for (int[] move : moves) {
            output.append(move[0]).append(' ').append(move[1]).append('\n');
        }
        System.out.print(output);
    }
}
