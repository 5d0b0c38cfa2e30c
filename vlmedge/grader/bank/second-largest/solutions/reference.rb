# The largest distinct value below the maximum, or nil when there is none.
def second_largest(values)
  distinct = values.uniq
  return nil if distinct.size < 2

  distinct.max(2).last
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count = numbers[0]
  answer = second_largest(numbers[1, count])
  puts answer.nil? ? "NONE" : answer
end

main if __FILE__ == $PROGRAM_NAME
