fun merge(first: List<Long>, second: List<Long>): List<Long> {
    val merged = ArrayList<Long>(first.size + second.size)
    var i = 0
    var j = 0
    while (i < first.size && j < second.size) {
        if (first[i] <= second[j]) {
            merged.add(first[i++])
        } else {
            merged.add(second[j++])
        }
    }
    merged.addAll(first.subList(i, first.size))
    merged.addAll(second.subList(j, second.size))
    return merged
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toLong() }
    val n = numbers[0].toInt()
    val first = numbers.subList(1, 1 + n)
    val m = numbers[1 + n].toInt()
    val second = numbers.subList(2 + n, 2 + n + m)
    println(merge(first, second).joinToString(" "))
}
