# Kadane's algorithm: the best sum of a subarray ending at each position.
def max_subarray(nums)
  best = current = nums[0]
  nums.drop(1).each do |value|
    current = [value, current + value].max
    best = [best, current].max
  end
  best
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count = numbers[0]
  puts max_subarray(numbers[1, count])
end

main if __FILE__ == $PROGRAM_NAME
