# Row `row` (1-based) of the top half.
def diamond_line(size, row)
  indent = " " * (size - row)
  return "#{indent}*" if row == 1

  "#{indent}*#{' ' * (2 * row - 3)}*"
end

def diamond(size)
  top = (1..size).map { |row| diamond_line(size, row) }
  top + top[0...-1].reverse
end

def main
  puts diamond($stdin.read.to_i)
end

main if __FILE__ == $PROGRAM_NAME
