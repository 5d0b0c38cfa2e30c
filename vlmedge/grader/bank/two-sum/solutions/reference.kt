/**
 * Scans j from left to right and looks up the first earlier position holding target - a[j],
 * which gives the smallest j and then the smallest i. Values are Longs: target - a[j] may not fit in an Int.
 */
fun findPair(values: List<Long>, target: Long): Pair<Int, Int> {
    val firstPosition = HashMap<Long, Int>()
    for ((j, value) in values.withIndex()) {
        val i = firstPosition[target - value]
        if (i != null) {
            return Pair(i, j)
        }
        firstPosition.putIfAbsent(value, j)
    }
    return Pair(-1, -1)
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toLong() }
    val count = numbers[0].toInt()
    val target = numbers[1]
    val (i, j) = findPair(numbers.subList(2, 2 + count), target)
    println("$i $j")
}
