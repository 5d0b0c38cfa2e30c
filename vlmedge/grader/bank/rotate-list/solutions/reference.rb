def rotate_right(values, steps)
  values.rotate(-(steps % values.size))
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count, steps = numbers[0], numbers[1]
  values = numbers[2, count]
  puts rotate_right(values, steps).join(" ")
end

main if __FILE__ == $PROGRAM_NAME
