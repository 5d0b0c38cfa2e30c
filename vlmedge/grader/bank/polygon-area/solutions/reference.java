import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.Locale;

public class Main {
    /** Shoelace formula; products of coordinates need 64 bits. */
    static double polygonArea(long[] xs, long[] ys) {
        long twiceSignedArea = 0;
        int count = xs.length;
        for (int i = 0; i < count; i++) {
            int next = (i + 1) % count;
            twiceSignedArea += xs[i] * ys[next] - xs[next] * ys[i];
        }
        return Math.abs(twiceSignedArea) / 2.0;
    }

    static long nextLong(StreamTokenizer input) throws IOException {
        input.nextToken();
        return (long) input.nval;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer input = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        int count = (int) nextLong(input);
        long[] xs = new long[count];
        long[] ys = new long[count];
        for (int i = 0; i < count; i++) {
            xs[i] = nextLong(input);
            ys[i] = nextLong(input);
        }
        System.out.println(String.format(Locale.ROOT, "%.6f", polygonArea(xs, ys)));
    }
}
