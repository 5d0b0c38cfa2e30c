/** Kadane's algorithm: the best sum of a subarray ending at each position. */
fun maxSubarray(nums: LongArray): Long {
    var best = nums[0]
    var current = nums[0]
    for (i in 1 until nums.size) {
        current = maxOf(nums[i], current + nums[i])
        best = maxOf(best, current)
    }
    return best
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val nums = LongArray(count) { i -> tokens[1 + i].toLong() }
    println(maxSubarray(nums))
}
