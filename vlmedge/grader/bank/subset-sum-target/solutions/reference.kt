/** Each value is either taken or skipped; values are sorted so every subset comes out increasing. */
fun subsetsWithSum(values: List<Int>, target: Int): List<List<Int>> {
    val sorted = values.sorted()
    val found = ArrayList<List<Int>>()
    val chosen = ArrayList<Int>()

    fun search(index: Int, remaining: Int) {
        if (remaining == 0) {
            found.add(ArrayList(chosen))
            return
        }
        if (index == sorted.size || sorted[index] > remaining) {
            return
        }
        chosen.add(sorted[index])
        search(index + 1, remaining - sorted[index])
        chosen.removeAt(chosen.size - 1)
        search(index + 1, remaining)
    }

    search(0, target)
    return found
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toInt() }
    val count = numbers[0]
    val target = numbers[1]
    val subsets = subsetsWithSum(numbers.subList(2, 2 + count), target)
    if (subsets.isEmpty()) {
        println("NONE")
    } else {
        println(subsets.joinToString("\n") { subset -> subset.joinToString(" ") })
    }
}
