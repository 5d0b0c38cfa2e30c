/** Largest count first; equal counts in alphabetical order of the words. */
fun sortedFrequencies(words: List<String>): List<Pair<String, Int>> =
    words.groupingBy { it }.eachCount()
        .toList()
        .sortedWith(compareBy({ -it.second }, { it.first }))

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val output = StringBuilder()
    for ((word, times) in sortedFrequencies(tokens.subList(1, 1 + count))) {
        output.append(word).append(' ').append(times).append('\n')
    }
    print(output)
}
