fun groupAnagrams(words: List<String>): List<List<String>> =
    words.groupBy { word -> word.toCharArray().sorted().joinToString("") }
        .values
        .map { group -> group.sorted() }
        .sortedBy { group -> group.first() }

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val groups = groupAnagrams(tokens.subList(1, 1 + count))
    val output = StringBuilder()
    output.append(groups.size).append('\n')
    for (group in groups) {
        output.append(group.size).append(' ').append(group.joinToString(" ")).append('\n')
    }
    print(output)
}
