fun spiral(matrix: List<List<Int>>): List<Int> {
    val order = ArrayList<Int>()
    var top = 0
    var bottom = matrix.size - 1
    var left = 0
    var right = matrix[0].size - 1
    while (top <= bottom && left <= right) {
        for (col in left..right) order.add(matrix[top][col])
        for (row in top + 1..bottom) order.add(matrix[row][right])
        if (top < bottom) {
            for (col in right - 1 downTo left) order.add(matrix[bottom][col])
        }
        if (left < right) {
            for (row in bottom - 1 downTo top + 1) order.add(matrix[row][left])
        }
        top++
        bottom--
        left++
        right--
    }
    return order
}

fun main() {
    val numbers = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
        .map { it.toInt() }
    val rows = numbers[0]
    val cols = numbers[1]
    val matrix = List(rows) { row -> numbers.subList(2 + row * cols, 2 + (row + 1) * cols) }
    println(spiral(matrix).joinToString(" "))
}
