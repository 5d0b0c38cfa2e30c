data class Student(val name: String, val score: Int)

/** Highest score first, equal scores alphabetically; a rank is 1 + the number of strictly higher scores. */
fun ranking(students: List<Student>): String {
    val ordered = students.sortedWith(compareBy({ -it.score }, { it.name }))
    val output = StringBuilder()
    var rank = 0
    for ((position, student) in ordered.withIndex()) {
        if (position == 0 || student.score != ordered[position - 1].score) {
            rank = position + 1
        }
        output.append(rank).append(' ').append(student.name).append(' ').append(student.score).append('\n')
    }
    return output.toString()
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val students = List(count) { i -> Student(tokens[1 + 2 * i], tokens[2 + 2 * i].toInt()) }
    print(ranking(students))
}
