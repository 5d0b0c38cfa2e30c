import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

public class Main {
    /**
     * Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
     * factor = number | '(' expression ')'.
     */
    static class Parser {
        private final List<String> tokens;
        private int position = 0;

        Parser(String text) {
            tokens = tokenize(text);
        }

        private static List<String> tokenize(String text) {
            List<String> result = new ArrayList<>();
            int index = 0;
            while (index < text.length()) {
                char ch = text.charAt(index);
                if (Character.isDigit(ch)) {
                    int start = index;
                    while (index < text.length() && Character.isDigit(text.charAt(index))) {
                        index++;
                    }
                    result.add(text.substring(start, index));
                    continue;
                }
                if (!Character.isWhitespace(ch)) {
                    result.add(String.valueOf(ch));
                }
                index++;
            }
            return result;
        }

        private String peek() {
            return position < tokens.size() ? tokens.get(position) : "";
        }

        private String take() {
            return tokens.get(position++);
        }

        long expression() {
            long value = term();
            while (peek().equals("+") || peek().equals("-")) {
                String operator = take();
                long operand = term();
                value = operator.equals("+") ? value + operand : value - operand;
            }
            return value;
        }

        private long term() {
            long value = factor();
            while (peek().equals("*")) {
                take();
                value *= factor();
            }
            return value;
        }

        private long factor() {
            String token = take();
            if (token.equals("(")) {
                long value = expression();
                take(); // the closing ")"
                return value;
            }
            return Long.parseLong(token);
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(new Parser(reader.readLine()).expression());
    }
}
