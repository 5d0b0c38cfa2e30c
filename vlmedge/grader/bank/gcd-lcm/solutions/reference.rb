# Euclid's algorithm (Ruby integers never overflow, but the lcm is still divided before multiplying).
def gcd(a, b)
  a, b = b, a % b until b.zero?
  a
end

def lcm(a, b)
  a / gcd(a, b) * b
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  values = numbers[1, numbers[0]]
  common_divisor = values.reduce { |acc, value| gcd(acc, value) }
  common_multiple = values.reduce { |acc, value| lcm(acc, value) }
  puts "#{common_divisor} #{common_multiple}"
end

main if __FILE__ == $PROGRAM_NAME
