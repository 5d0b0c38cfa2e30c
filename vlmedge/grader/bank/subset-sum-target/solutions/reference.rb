# Each value is either taken or skipped; values are sorted so every subset comes out increasing.
def subsets_with_sum(values, target)
  sorted = values.sort
  found = []
  chosen = []
  search = lambda do |index, remaining|
    if remaining.zero?
      found << chosen.dup
      next
    end
    next if index == sorted.size || sorted[index] > remaining

    chosen.push(sorted[index])
    search.call(index + 1, remaining - sorted[index])
    chosen.pop
    search.call(index + 1, remaining)
  end
  search.call(0, target)
  found
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count, target = numbers[0], numbers[1]
  subsets = subsets_with_sum(numbers[2, count], target)
  if subsets.empty?
    puts "NONE"
  else
    subsets.each { |subset| puts subset.join(" ") }
  end
end

main if __FILE__ == $PROGRAM_NAME
