fun rotateRight(values: List<Long>, steps: Long): List<Long> {
    val shift = (steps % values.size).toInt()
    return values.takeLast(shift) + values.dropLast(shift)
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val steps = tokens[1].toLong()
    val values = tokens.subList(2, 2 + count).map { it.toLong() }
    println(rotateRight(values, steps).joinToString(" "))
}
