const val LAND = '#'
const val WATER = '.'
val DIRECTIONS = listOf(Pair(1, 0), Pair(-1, 0), Pair(0, 1), Pair(0, -1))

fun isLand(grid: Array<CharArray>, row: Int, col: Int): Boolean =
    row in grid.indices && col in grid[row].indices && grid[row][col] == LAND

/** Turns the island containing (row, col) into water, with an explicit stack instead of recursion. */
fun sinkIsland(grid: Array<CharArray>, row: Int, col: Int) {
    val stack = ArrayList<Pair<Int, Int>>()
    grid[row][col] = WATER
    stack.add(Pair(row, col))
    while (stack.isNotEmpty()) {
        val (r, c) = stack.removeAt(stack.size - 1)
        for ((dr, dc) in DIRECTIONS) {
            if (isLand(grid, r + dr, c + dc)) {
                grid[r + dr][c + dc] = WATER
                stack.add(Pair(r + dr, c + dc))
            }
        }
    }
}

fun countIslands(grid: Array<CharArray>): Int {
    var islands = 0
    for (row in grid.indices) {
        for (col in grid[row].indices) {
            if (grid[row][col] == LAND) {
                islands++
                sinkIsland(grid, row, col)
            }
        }
    }
    return islands
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val rows = tokens[0].toInt()
    val grid = Array(rows) { row -> tokens[2 + row].toCharArray() }
    println(countIslands(grid))
}
