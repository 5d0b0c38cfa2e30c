using System;

class Program
{
    // Kadane's algorithm: the best sum of a subarray ending at each position.
    static long MaxSubarray(long[] nums)
    {
        long best = nums[0];
        long current = nums[0];
        for (int i = 1; i < nums.Length; i++)
        {
            current = Math.Max(nums[i], current + nums[i]);
            best = Math.Max(best, current);
        }
        return best;
    }

    static void Main()
    {
        string[] tokens = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int count = int.Parse(tokens[0]);
        var nums = new long[count];
        for (int i = 0; i < count; i++)
        {
            nums[i] = long.Parse(tokens[1 + i]);
        }
        Console.WriteLine(MaxSubarray(nums));
    }
}
