import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static int symbolValue(char symbol) {
        switch (symbol) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("not a Roman symbol: " + symbol);
        }
    }

    /** A symbol smaller than the one after it is subtracted, every other symbol is added. */
    public static int romanToInt(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = symbolValue(numeral.charAt(i));
            int nextValue = i + 1 < numeral.length() ? symbolValue(numeral.charAt(i + 1)) : 0;
            total += value < nextValue ? -value : value;
        }
        return total;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        int count = Integer.parseInt(reader.readLine().trim());
        StringBuilder output = new StringBuilder();
        for (int i = 0; i < count; i++) {
            output.append(romanToInt(reader.readLine().trim())).append('\n');
        }
        System.out.print(output);
    }
}
