import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.Deque;

public class Main {
    static char openerFor(char closer) {
        switch (closer) {
            case ')': return '(';
            case ']': return '[';
            default: return '{';
        }
    }

    static boolean isBalanced(String brackets) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char bracket : brackets.toCharArray()) {
            if (bracket == '(' || bracket == '[' || bracket == '{') {
                stack.push(bracket);
            } else if (stack.isEmpty() || stack.pop() != openerFor(bracket)) {
                return false;
            }
        }
        return stack.isEmpty();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < count; i++) {
            output.append(isBalanced(reader.readLine().trim()) ? "YES" : "NO").append('\n');
        }
        System.out.print(output);
    }
}
