import java.util.Locale

/** The two middle values are added as Longs: their sum may not fit in an Int. */
fun median(values: List<Long>): Double {
    val ordered = values.sorted()
    val middle = ordered.size / 2
    if (ordered.size % 2 == 1) {
        return ordered[middle].toDouble()
    }
    return (ordered[middle - 1] + ordered[middle]) / 2.0
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val values = tokens.subList(1, 1 + count).map { it.toLong() }
    println(String.format(Locale.ROOT, "%.6f", median(values)))
}
