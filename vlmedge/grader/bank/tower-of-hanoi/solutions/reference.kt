/** Moves the top [disks] disks from [source] to [target], recording each move as (from, to). */
fun hanoi(disks: Int, source: Int, target: Int, spare: Int, moves: MutableList<Pair<Int, Int>>) {
    if (disks == 0) {
        return
    }
    hanoi(disks - 1, source, spare, target, moves)
    moves.add(Pair(source, target))
    hanoi(disks - 1, spare, target, source, moves)
}

fun main() {
    val disks = System.`in`.bufferedReader().readLine().trim().toInt()
    val moves = ArrayList<Pair<Int, Int>>()
    hanoi(disks, 1, 3, 2, moves)
    val output = StringBuilder()
    output.append(moves.size).append('\n')
    for ((from, to) in moves) {
        output.append(from).append(' ').append(to).append('\n')
    }
    print(output)
}
