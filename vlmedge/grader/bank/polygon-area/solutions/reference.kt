import java.util.Locale

/** Shoelace formula; products of coordinates need 64 bits. */
fun polygonArea(points: List<Pair<Long, Long>>): Double {
    var twiceSignedArea = 0L
    for (i in points.indices) {
        val (x1, y1) = points[i]
        val (x2, y2) = points[(i + 1) % points.size]
        twiceSignedArea += x1 * y2 - x2 * y1
    }
    return Math.abs(twiceSignedArea) / 2.0
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toLong() }
    val count = numbers[0].toInt()
    val points = List(count) { i -> Pair(numbers[1 + 2 * i], numbers[2 + 2 * i]) }
    println(String.format(Locale.ROOT, "%.6f", polygonArea(points)))
}
