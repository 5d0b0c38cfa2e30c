fun mergeIntervals(intervals: List<Pair<Long, Long>>): List<Pair<Long, Long>> {
    val merged = ArrayList<Pair<Long, Long>>()
    for ((start, end) in intervals.sortedWith(compareBy({ it.first }, { it.second }))) {
        val last = merged.lastOrNull()
        if (last != null && start <= last.second) {
            merged[merged.size - 1] = Pair(last.first, maxOf(last.second, end))
        } else {
            merged.add(Pair(start, end))
        }
    }
    return merged
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toLong() }
    val count = numbers[0].toInt()
    val intervals = List(count) { i -> Pair(numbers[1 + 2 * i], numbers[2 + 2 * i]) }
    val merged = mergeIntervals(intervals)
    val output = StringBuilder()
    output.append(merged.size).append('\n')
    for ((start, end) in merged) {
        output.append(start).append(' ').append(end).append('\n')
    }
    print(output)
}
