# Scan j from left to right, remembering the first position of every value seen so far.
def find_pair(values, target)
  first_position = {}
  values.each_with_index do |value, j|
    partner = first_position[target - value]
    return [partner, j] if partner

    first_position[value] ||= j
  end
  [-1, -1]
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count, target = numbers[0], numbers[1]
  puts find_pair(numbers[2, count], target).join(" ")
end

main if __FILE__ == $PROGRAM_NAME
